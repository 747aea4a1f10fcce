package org.mingjing.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.statistics.Analysis;
import org.mingjing.statistics.AnalysisFigures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /statistics/analysis}: the analysis dashboard (统计分析, seed §二(一)6; issue 8) of an agency and what is under
 * it — charts by category, matter, agency, month, place, weekday and hour, officer, stage, publication timeliness and
 * legal review — each with its numbers as a table and a CSV link for the same filters. The filters are a plain GET
 * form, so the page works without JavaScript (the tables then carry the figures); whatever is typed in them shows the
 * page with a Chinese message and the default filters rather than failing it.
 */
@Controller
class AnalysisPages {

    /** The charts of the page, in order: the element id, the title key, and the chart whose CSV it offers. */
    record Panel(String id, String titleKey, String chart, Analysis.Table table, String summary, String download) {
    }

    private final Analysis analysis;
    private final Organization organization;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    AnalysisPages(Analysis analysis, Organization organization, MessageSource messages) {
        this.analysis = analysis;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/statistics/analysis")
    String analysis(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String matterCode,
            Model model) {
        Caller caller = Caller.require();
        Locale locale = LocaleContextHolder.getLocale();
        Analysis.Request request;
        try {
            request = analysis.request(caller, agencyId, from, to, matterCode);
        } catch (ProblemException e) {
            model.addAttribute("filterError", message(e, locale));
            request = analysis.request(caller, null, null, null, null);
        }
        AnalysisFigures f = analysis.figures(request, locale);
        model.addAttribute("agencies", organization.visibleAgencies(caller));
        model.addAttribute("request", request);
        model.addAttribute("matters", request.penaltyMatters());
        model.addAttribute("figures", f);
        model.addAttribute("data", json.writeValueAsString(charts(f, locale)).replace("</", "<\\/"));
        List<Panel> panels = new ArrayList<>();
        panels.add(panel("chartCategories", "analysis.chart.categories", "categories", f, request, locale,
                summaryCategories(f, locale)));
        panels.add(panel("chartMatters", "analysis.chart.matters", "matters", f, request, locale, null));
        panels.add(panel("chartMonths", "analysis.chart.months", "months", f, request, locale, summaryMonths(f,
                locale)));
        panels.add(panel("chartAgencies", "analysis.chart.agencies", "agencies", f, request, locale, null));
        panels.add(panel("chartPlaces", "analysis.chart.places", "places", f, request, locale, summaryPlaces(f,
                locale)));
        panels.add(panel("chartWeekdayHours", "analysis.chart.weekdayHours", "weekdayHours", f, request, locale,
                summaryWeekdayHours(f, locale)));
        panels.add(panel("chartOfficers", "analysis.chart.officers", "officers", f, request, locale,
                summaryOfficers(f, locale)));
        panels.add(panel("chartStages", "analysis.chart.stages", "stages", f, request, locale, null));
        panels.add(panel("chartPublications", "analysis.chart.publications", "publicationsByActType", f, request,
                locale, null));
        panels.add(panel("chartPublicationsByMonth", "analysis.chart.publicationsByMonth", "publicationsByMonth", f,
                request, locale, null));
        panels.add(panel("chartReviews", "analysis.chart.reviews", "reviewsByMonth", f, request, locale,
                messages.getMessage("analysis.summary.opinions", new Object[] {
                        f.reviews().opinions().get("APPROVED"), f.reviews().opinions().get("PROBLEMS_FOUND") },
                        locale)));
        panels.add(panel("chartReviewProblems", "analysis.chart.reviewProblems", "reviewProblems", f, request,
                locale, null));
        model.addAttribute("panels", panels);
        return "statistics/analysis";
    }

    private String message(ProblemException e, Locale locale) {
        if (!e.fieldProblems().isEmpty()) {
            var p = e.fieldProblems().get(0);
            return messages.getMessage(p.messageKey(), p.args(), locale);
        }
        return messages.getMessage(e.messageKey(), e.args(), locale);
    }

    private Panel panel(String id, String titleKey, String chart, AnalysisFigures f, Analysis.Request r,
            Locale locale, String summary) {
        String download = UriComponentsBuilder.fromPath("/api/statistics/analysis")
                .queryParam("agencyId", r.agency().id()).queryParam("from", r.from()).queryParam("to", r.to())
                .queryParamIfPresent("matterCode", java.util.Optional.ofNullable(r.matterCode()))
                .queryParam("format", "csv").queryParam("chart", chart).encode().build().toUriString();
        return new Panel(id, titleKey, chart, analysis.table(f, chart, locale), summary, download);
    }

    /** What the script draws: the figures as they are, and the labels it needs. */
    private Map<String, Object> charts(AnalysisFigures f, Locale locale) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (String k : List.of("cases", "penalised", "filed", "not-penalised", "decided", "closed", "open",
                "mean-days", "median-days", "on-time", "late", "overdue", "pending", "not-published",
                "approved-first-round", "approved-after-return", "returned", "review-pending", "coordinating",
                "opinions")) {
            labels.put(k, messages.getMessage("analysis.column." + k, null, locale));
        }
        labels.put("unknown", messages.getMessage("analysis.unknown", null, locale));
        labels.put("hour", messages.getMessage("analysis.legend.hour", null, locale));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("figures", f);
        data.put("labels", labels);
        return data;
    }

    private String summaryCategories(AnalysisFigures f, Locale locale) {
        if (f.categories().isEmpty()) {
            return messages.getMessage("analysis.summary.none", null, locale);
        }
        AnalysisFigures.CategoryCount top = f.categories().get(0);
        return messages.getMessage("analysis.summary.categories", new Object[] { f.categories().size(),
                top.category(), top.cases() }, locale);
    }

    private String summaryMonths(AnalysisFigures f, Locale locale) {
        return f.months().stream().filter(m -> m.filed() > 0)
                .max(java.util.Comparator.comparingLong(AnalysisFigures.MonthCount::filed))
                .map(m -> messages.getMessage("analysis.summary.months", new Object[] { m.month(), m.filed() },
                        locale))
                .orElse(messages.getMessage("analysis.summary.none", null, locale));
    }

    private String summaryPlaces(AnalysisFigures f, Locale locale) {
        String unknown = messages.getMessage("analysis.unknown", null, locale);
        AnalysisFigures.CountyCount best = null;
        AnalysisFigures.TownshipCount top = null;
        for (AnalysisFigures.CountyCount c : f.places()) {
            for (AnalysisFigures.TownshipCount t : c.townships()) {
                if (t.township() != null && (top == null || t.cases() > top.cases())) {
                    top = t;
                    best = c;
                }
            }
        }
        return top == null ? messages.getMessage("analysis.summary.none", null, locale)
                : messages.getMessage("analysis.summary.places", new Object[] {
                        best.county() == null ? unknown : best.county(), top.township(), top.cases() }, locale);
    }

    private String summaryWeekdayHours(AnalysisFigures f, Locale locale) {
        int day = -1;
        int hour = -1;
        long most = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                long n = f.weekdayHours().cells().get(d).get(h);
                if (n > most) {
                    most = n;
                    day = d;
                    hour = h;
                }
            }
        }
        return day < 0 ? messages.getMessage("analysis.summary.none", null, locale)
                : messages.getMessage("analysis.summary.weekdayHours", new Object[] {
                        f.weekdayHours().weekdays().get(day), String.valueOf(hour), most }, locale);
    }

    private String summaryOfficers(AnalysisFigures f, Locale locale) {
        if (f.officers().isEmpty()) {
            return messages.getMessage("analysis.summary.none", null, locale);
        }
        AnalysisFigures.OfficerCount top = f.officers().get(0);
        return messages.getMessage("analysis.summary.officers", new Object[] { top.name(), top.total(), top.open() },
                locale);
    }
}
