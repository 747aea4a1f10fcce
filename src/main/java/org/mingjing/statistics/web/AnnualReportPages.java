package org.mingjing.statistics.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.mingjing.shared.web.FormErrors;
import org.mingjing.statistics.AnnualReport;
import org.mingjing.statistics.AnnualReportTable;
import org.mingjing.statistics.AnnualReportWorkflow;
import org.mingjing.statistics.AnnualReports;
import org.mingjing.statistics.ReportStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /statistics/reports/{id}}: one annual report (统计年报, seed §二(一)6) as its agency works on it — the
 * narrative to edit while a draft, the review and the head's approval in their turn, the figures as last counted,
 * and what was done when; and {@code /portal/annual-reports}, the published ones for anyone. The page offers each
 * caller only the acts the workflow allows them; a refusal shows on the page beside the form.
 */
@Controller
class AnnualReportPages {

    private final AnnualReportWorkflow workflow;
    private final AnnualReports reports;
    private final AnnualReportTable table;
    private final MessageSource messages;

    AnnualReportPages(AnnualReportWorkflow workflow, AnnualReports reports, AnnualReportTable table,
            MessageSource messages) {
        this.workflow = workflow;
        this.reports = reports;
        this.table = table;
        this.messages = messages;
    }

    /** Drafts the report of the chosen agency and year from the statistics page, then opens it. */
    @PostMapping("/statistics/reports")
    String draft(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String year,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        try {
            AnnualReport r = workflow.draft(caller, blank(agencyId) ? null : agencyId.strip(), reports.year(year));
            redirect.addFlashAttribute("notice", text("statistics.page.report.done.DRAFTED"));
            return "redirect:/statistics/reports/" + r.id();
        } catch (ProblemException e) {
            Map<String, String> errors = FormErrors.ofRefusal(e, messages);
            redirect.addFlashAttribute("filterError", String.join(" ", errors.values()));
            return "redirect:/statistics" + (blank(agencyId) || blank(year) ? ""
                    : "?agencyId=" + agencyId.strip() + "&year=" + year.strip());
        }
    }

    @GetMapping("/statistics/reports/{id}")
    String report(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        return page(caller, workflow.get(caller, id), Map.of(), model);
    }

    @PostMapping("/statistics/reports/{id}/narrative")
    String narrative(@PathVariable String id, @RequestParam(required = false) String narrative,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("narrativeText", narrative == null ? "" : narrative);
        return act(id, model, redirect, response, caller -> workflow.edit(caller, id, narrative, version));
    }

    /** Counts again, keeping what was typed in the narrative (saved first when it changed). */
    @PostMapping("/statistics/reports/{id}/recount")
    String recount(@PathVariable String id, @RequestParam(required = false) String narrative,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("narrativeText", narrative == null ? "" : narrative);
        return act(id, model, redirect, response, caller -> {
            saveIfChanged(caller, id, narrative, version);
            return workflow.recount(caller, id);
        });
    }

    /** Submits the narrative as typed: saved first when it changed, so that what is submitted is what was seen. */
    @PostMapping("/statistics/reports/{id}/submit")
    String submit(@PathVariable String id, @RequestParam(required = false) String narrative,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("narrativeText", narrative == null ? "" : narrative);
        return act(id, model, redirect, response, caller -> {
            saveIfChanged(caller, id, narrative, version);
            return workflow.submit(caller, id);
        });
    }

    private void saveIfChanged(Caller caller, String id, String narrative, Integer version) {
        AnnualReport r = workflow.get(caller, id);
        if (narrative != null && !narrative.strip().replace("\r\n", "\n").equals(r.narrative())) {
            workflow.edit(caller, id, narrative, version);
        }
    }

    @PostMapping("/statistics/reports/{id}/review")
    String review(@PathVariable String id, @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("noteText", note == null ? "" : note);
        return act(id, model, redirect, response, caller -> workflow.review(caller, id, verdict(verdict), note));
    }

    @PostMapping("/statistics/reports/{id}/approval")
    String approval(@PathVariable String id, @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("noteText", note == null ? "" : note);
        return act(id, model, redirect, response, caller -> workflow.approve(caller, id, verdict(verdict), note));
    }

    private static Boolean verdict(String verdict) {
        return verdict == null ? null : switch (verdict) {
            case "pass" -> Boolean.TRUE;
            case "return" -> Boolean.FALSE;
            default -> null;
        };
    }

    @FunctionalInterface
    interface Act {
        AnnualReport run(Caller caller);
    }

    /** One act of the page: back to the report with what was done, or the page with the refusal beside the form. */
    private String act(String id, Model model, RedirectAttributes redirect, HttpServletResponse response, Act act) {
        Caller caller = Caller.require();
        workflow.get(caller, id);
        try {
            AnnualReport r = act.run(caller);
            String last = r.events().isEmpty() ? "EDITED" : r.events().get(r.events().size() - 1).action();
            redirect.addFlashAttribute("notice", text("statistics.page.report.done." + last));
            return "redirect:/statistics/reports/" + r.id();
        } catch (ProblemException e) {
            Map<String, String> errors = FormErrors.ofRefusal(e, messages);
            response.setStatus(e.status().value());
            return page(caller, workflow.get(caller, id), errors, model);
        }
    }

    private String page(Caller caller, AnnualReport r, Map<String, String> errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean own = r.agencyId().equals(caller.agencyId());
        boolean drafter = own && (caller.has(Role.OFFICER) || caller.has(Role.HEAD));
        model.addAttribute("report", r);
        model.addAttribute("reportTitle", workflow.title(r));
        model.addAttribute("errors", errors);
        model.addAttribute("mayEdit", drafter && r.status().editable());
        model.addAttribute("mayReview", own && (caller.has(Role.REVIEWER) || caller.has(Role.HEAD))
                && r.status() == ReportStatus.SUBMITTED && !caller.username().equals(r.submittedBy()));
        model.addAttribute("mayApprove", own && caller.has(Role.HEAD) && r.status() == ReportStatus.REVIEWED);
        if (!model.containsAttribute("narrativeText")) {
            model.addAttribute("narrativeText", r.narrative());
        }
        if (!model.containsAttribute("noteText")) {
            model.addAttribute("noteText", "");
        }
        model.addAttribute("paragraphs", r.narrative().lines().filter(l -> !l.isBlank()).toList());
        model.addAttribute("lines", table.rows(r.figures(), locale));
        model.addAttribute("verification", workflow.verify(caller, r.id()));
        return "statistics/report";
    }

    // ---------------------------------------------------------------- portal

    /** {@code /portal/annual-reports}: every published report, newest year first, for anyone. */
    @GetMapping("/portal/annual-reports")
    String published(Model model) {
        model.addAttribute("reports", workflow.published(null, null));
        return "statistics/portal-reports";
    }

    @GetMapping("/portal/annual-reports/{id}")
    String publishedReport(@PathVariable String id, Model model) {
        AnnualReport r = workflow.publishedReport(id).orElseThrow(
                () -> ProblemException.notFound("statistics.report.not-found"));
        model.addAttribute("report", r);
        model.addAttribute("reportTitle", workflow.title(r));
        model.addAttribute("paragraphs", r.narrative().lines().filter(l -> !l.isBlank()).toList());
        model.addAttribute("lines", table.rows(r.figures(), LocaleContextHolder.getLocale()));
        return "statistics/portal-report";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
