package org.mingjing.publicity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.catalogue.MatterCategory;
import org.mingjing.organization.Organization;
import org.mingjing.publicity.DecisionDetail;
import org.mingjing.publicity.DecisionSearch;
import org.mingjing.publicity.PublicDecision;
import org.mingjing.publicity.PublicDecisions;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's decisions (事后公开, seed §二(一)4): a search by words, agency, act type and decision date with the
 * results a page at a time, and each decision's page with its masked text and corrections; a withdrawn or expired
 * decision's page is its notice, answered 410 (行政处罚法第四十八条). Built for a phone first; no login.
 */
@Controller
class DecisionPages {

    static final int PAGE_SIZE = 20;

    private final PublicDecisions decisions;
    private final Organization organization;
    private final MessageSource messages;

    DecisionPages(PublicDecisions decisions, Organization organization, MessageSource messages) {
        this.decisions = decisions;
        this.organization = organization;
        this.messages = messages;
    }

    /** The search as typed: every value a string, so that nothing typed fails the page. */
    @ModelAttribute("filters")
    DecisionFilters filters(@RequestParam(required = false) String q,
            @RequestParam(required = false) String agencyId, @RequestParam(required = false) String actType,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return new DecisionFilters(q, agencyId, actType, from, to);
    }

    @GetMapping("/portal/decisions")
    String search(@ModelAttribute("filters") DecisionFilters filters,
            @RequestParam(required = false) String page, Model model) {
        results(filters, page, model);
        model.addAttribute("agencies", organization.agencies());
        model.addAttribute("actTypes", MatterCategory.values());
        return "publicity/decisions";
    }

    @GetMapping("/portal/fragments/decisions")
    String resultsFragment(@ModelAttribute("filters") DecisionFilters filters,
            @RequestParam(required = false) String page, Model model) {
        results(filters, page, model);
        return "publicity/fragments/decision-results :: results";
    }

    private void results(DecisionFilters filters, String page, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        DecisionSearch search = filters.read(problems);
        int shown = pageNumber(page);
        Paged<PublicDecision> result = problems.isEmpty() ? decisions.search(search, shown, PAGE_SIZE)
                : new Paged<>(List.of(), 0);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            errors.put(p.field(), messages.getMessage(p.messageKey(), p.args(), locale));
        }
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        model.addAttribute("page", shown);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.strip()), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @GetMapping("/portal/decisions/{id}")
    String decision(@PathVariable String id, Model model, HttpServletResponse response) {
        DecisionDetail found = decisions.detail(id)
                .orElseThrow(() -> ProblemException.notFound("decisions.problem.not-found"));
        if (found instanceof DecisionDetail.Removed removed) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("removed", removed);
            model.addAttribute("notice", notice(messages, removed, LocaleContextHolder.getLocale()));
            return "publicity/decision-removed";
        }
        model.addAttribute("decision", found);
        return "publicity/decision";
    }

    /** The notice of a decision no longer published: who decided it, its number, since when, and why. */
    static String notice(MessageSource messages, DecisionDetail.Removed r, Locale locale) {
        String day = r.removedOn() == null ? messages.getMessage("decisions.unknown-date", null, locale)
                : r.removedOn().toString();
        String reason = r.reason() == null || r.reason().isBlank()
                ? messages.getMessage("decisions.no-reason", null, locale) : r.reason();
        return messages.getMessage("decisions." + r.status().code() + ".notice",
                new Object[] { r.agencyName(), r.number(), day, reason }, locale);
    }
}
