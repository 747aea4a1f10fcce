package org.mingjing.discretion.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Steps;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.discretion.Recommendation;
import org.mingjing.discretion.Recommendations;
import org.mingjing.discretion.SimilarCase;
import org.mingjing.discretion.SimilarCases;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The discretion assistant's parts of the case and review pages, loaded by htmx because the cases and review modules
 * do not know this one:
 * <ul>
 * <li>{@code /cases/{id}/discretion-assistant}: beside the proposed decision of the notice or the decision form,
 * reloaded as the circumstances, penalties and amounts change — the recommendation, whether the penalty typed
 * departs from it (then a reason and a legal review are needed), and where its fine stands among similar cases;</li>
 * <li>{@code /cases/{id}/similar-card}: the similar decided cases, for the officers and the reviewers.</li>
 * </ul>
 * Both answer with the case's visibility rules (404 outside the caller's reach).
 */
@Controller
class DiscretionPages {

    static final int ASSISTANT_CASES = 5;

    private final Cases cases;
    private final Recommendations recommendations;
    private final SimilarCases similar;
    private final MessageSource messages;

    DiscretionPages(Cases cases, Recommendations recommendations, SimilarCases similar, MessageSource messages) {
        this.cases = cases;
        this.recommendations = recommendations;
        this.similar = similar;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/discretion-assistant")
    String assistant(@PathVariable String id, @RequestParam(required = false) String form,
            @RequestParam(required = false) List<String> circumstances,
            @RequestParam(required = false) List<String> penalties,
            @RequestParam(required = false) String fineAmount, Model model) {
        Caller caller = Caller.require();
        Locale locale = LocaleContextHolder.getLocale();
        CaseFile c = cases.requireVisible(caller, id);
        List<String> codes = DiscretionApi.codes(circumstances);
        BigDecimal fine = amount(fineAmount);
        boolean fined = penalties == null || penalties.stream().anyMatch(p -> "FINE".equalsIgnoreCase(p));
        List<Steps.Penalty> typed = new java.util.ArrayList<>();
        if (penalties != null) {
            for (String p : penalties) {
                PenaltyKind.parse(p).filter(k -> k != PenaltyKind.FINE)
                        .ifPresent(k -> typed.add(new Steps.Penalty(k, null)));
            }
        }
        if (fined && fine != null) {
            typed.add(new Steps.Penalty(PenaltyKind.FINE, fine));
        }
        model.addAttribute("caseId", c.id());
        model.addAttribute("form", "notice".equals(form) ? "notice" : "decision");
        model.addAttribute("codes", String.join(", ", codes));
        try {
            Recommendation r = recommendations.forCase(c, codes, locale);
            model.addAttribute("recommendation", r);
            // As the decision's own check: without circumstances recorded it is the general level's departure.
            model.addAttribute("deviation", recommendations.departure(r, typed, locale).orElse(null));
            model.addAttribute("noCircumstances", codes.isEmpty());
        } catch (ProblemException e) {
            model.addAttribute("problem", problem(e, locale));
        }
        List<SimilarCase> found = similar.of(caller, c.id(), codes, ASSISTANT_CASES);
        model.addAttribute("similar", found);
        model.addAttribute("comparison", SimilarCases.compare(found, fined ? fine : null).orElse(null));
        return "discretion/fragments/assistant :: assistant";
    }

    @GetMapping("/cases/{id}/similar-card")
    String similarCard(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        List<SimilarCase> found = similar.of(caller, id, List.of(), null);
        model.addAttribute("similar", found);
        model.addAttribute("caseId", id);
        model.addAttribute("comparison", SimilarCases.compare(found, null).orElse(null));
        return "discretion/fragments/similar :: card";
    }

    /** The first field's message or the detail of a refusal, in the reader's language. */
    private String problem(ProblemException e, Locale locale) {
        if (!e.fieldProblems().isEmpty()) {
            var f = e.fieldProblems().get(0);
            return messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale);
        }
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }

    /** A typed amount, read leniently (30,000 or 30000.5); empty or unreadable: none. */
    static BigDecimal amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(typed.strip().replace(",", "").replace("\uff0c", ""));
            return v.signum() < 0 || v.compareTo(new BigDecimal("1e12")) >= 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
