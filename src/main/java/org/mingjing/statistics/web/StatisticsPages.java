package org.mingjing.statistics.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.statistics.AnnualFigures;
import org.mingjing.statistics.AnnualReportTable;
import org.mingjing.statistics.AnnualReportWorkflow;
import org.mingjing.statistics.AnnualReports;
import org.mingjing.statistics.EarlyWarningList;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /statistics}: an agency's annual report (统计年报, seed §二(一)6; LAW.md §5) as a table with its penalties in a
 * chart and its files to download; for a caller who reaches subordinates, the agencies under the chosen one side by
 * side with their total, and their penalties in a stacked chart; and the early warnings of the agency and what is
 * under it (the first {@value #MAX_WARNINGS}). Whatever is typed in the filters shows the page with
 * a Chinese message rather than failing it.
 */
@Controller
class StatisticsPages {

    /** The years offered: this one and the five before it. */
    static final int YEARS = 6;
    /** Warnings shown on the page; the API gives them all. */
    static final int MAX_WARNINGS = 50;

    private final AnnualReports reports;
    private final AnnualReportTable table;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final EarlyWarningList warnings;
    private final JsonMapper json = JsonMapper.builder().build();

    private final AnnualReportWorkflow workflow;

    StatisticsPages(AnnualReports reports, AnnualReportTable table, Organization organization,
            MessageSource messages, Clock clock, EarlyWarningList warnings, AnnualReportWorkflow workflow) {
        this.workflow = workflow;
        this.warnings = warnings;
        this.reports = reports;
        this.table = table;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the comparison: the item and its value per agency, the total last. */
    record ComparedLine(String section, String item, List<String> values) {
    }

    @GetMapping("/statistics")
    String annual(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String year,
            Model model) {
        Caller caller = Caller.require();
        Locale locale = LocaleContextHolder.getLocale();
        int thisYear = LocalDate.now(clock).getYear();
        List<Agency> agencies = organization.visibleAgencies(caller);
        String chosen = agencyId == null || agencyId.isBlank() ? caller.agencyId() : agencyId.strip();
        if (agencies.stream().noneMatch(a -> a.id().equals(chosen))) {
            model.addAttribute("filterError", messages.getMessage("statistics.page.agency-unknown", null, locale));
            return page(model, agencies, thisYear, caller.agencyId(), reports.defaultYear(), caller, locale);
        }
        int shown = reports.defaultYear();
        if (year != null && !year.isBlank()) {
            try {
                shown = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                model.addAttribute("filterError", messages.getMessage("statistics.validation.year-number", null,
                        locale));
            }
        }
        if (shown < thisYear - YEARS + 1 || shown > thisYear) {
            model.addAttribute("filterError", messages.getMessage("statistics.validation.year",
                    new Object[] { thisYear - YEARS + 1, thisYear }, locale));
            shown = reports.defaultYear();
        }
        return page(model, agencies, thisYear, chosen, shown, caller, locale);
    }

    private String page(Model model, List<Agency> agencies, int thisYear, String agencyId, int year, Caller caller,
            Locale locale) {
        boolean hasSubordinates = organization.subtree(agencyId).size() > 1 && caller.reachesSubordinates();
        // The comparison counts the chosen agency too: its figures are taken from there rather than counted twice.
        AnnualReports.Comparison c = hasSubordinates ? reports.compare(caller, agencyId, year,
                messages.getMessage("statistics.total", null, locale)) : null;
        AnnualFigures figures = c == null ? reports.figures(caller, agencyId, year)
                : c.agencies().stream().filter(f -> agencyId.equals(f.agencyId())).findFirst().orElseThrow();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y > thisYear - YEARS; y--) {
            years.add(y);
        }
        model.addAttribute("agencies", agencies);
        model.addAttribute("years", years);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("year", year);
        model.addAttribute("figures", figures);
        List<AnnualReportTable.Line> lines = table.lines(figures, locale);
        model.addAttribute("figureRows", table.rows(figures, locale));
        model.addAttribute("penaltyChart", inScript(penaltyChart(List.of(figures), locale)));
        List<org.mingjing.shared.EarlyWarnings.EarlyWarning> all = warnings.forAgency(caller, agencyId, locale);
        model.addAttribute("warnings", all.stream().limit(MAX_WARNINGS).toList());
        model.addAttribute("warningCount", all.size());
        model.addAttribute("warningsHigh", all.stream()
                .filter(w -> w.severity() == org.mingjing.shared.EarlyWarnings.Severity.HIGH).count());
        model.addAttribute("compare", hasSubordinates);
        // The report of the year: where it stands, and whether the caller may begin it (a finished year, its own
        // agency, an officer or the head).
        model.addAttribute("annualReport", workflow.find(caller, agencyId, year).orElse(null));
        model.addAttribute("yearOpen", year >= thisYear);
        model.addAttribute("mayDraft", agencyId.equals(caller.agencyId()) && year < thisYear
                && (caller.has(Role.OFFICER) || caller.has(Role.HEAD)));
        if (hasSubordinates) {
            model.addAttribute("standings", workflow.standings(caller, agencyId, year));
        }
        if (hasSubordinates) {
            List<AnnualFigures> columns = new ArrayList<>(c.agencies());
            columns.add(c.total());
            List<List<AnnualReportTable.Line>> each = columns.stream().map(f -> table.lines(f, locale)).toList();
            List<ComparedLine> compared = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                List<String> values = new ArrayList<>();
                for (List<AnnualReportTable.Line> l : each) {
                    values.add(table.text(l.get(i), locale));
                }
                compared.add(new ComparedLine(lines.get(i).section(), lines.get(i).item(), values));
            }
            model.addAttribute("columns", columns.stream().map(AnnualFigures::agencyName).toList());
            model.addAttribute("compared", compared);
            model.addAttribute("compareChart", inScript(penaltyChart(c.agencies(), locale)));
        }
        return "statistics/annual";
    }

    /** JSON to be written unescaped inside a script element: no "</" can close the element early. */
    private String inScript(Object value) {
        return json.writeValueAsString(value).replace("</", "<\\/");
    }

    /**
     * The penalties by kind as ECharts reads them: the kinds' names, and per agency its counts (one series each,
     * stacked when there are several) with 罚没金额 for the tooltip.
     */
    private Map<String, Object> penaltyChart(List<AnnualFigures> all, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        List<String> kinds = new ArrayList<>();
        for (PenaltyKind k : PenaltyKind.values()) {
            kinds.add(messages.getMessage(k.messageKey(), null, k.name(), locale));
        }
        chart.put("kinds", kinds);
        List<Map<String, Object>> series = new ArrayList<>();
        for (AnnualFigures f : all) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", f.agencyName());
            List<Long> counts = new ArrayList<>();
            for (PenaltyKind k : PenaltyKind.values()) {
                counts.add(f.penalties().byKind().getOrDefault(k, 0L));
            }
            s.put("data", counts);
            s.put("amount", f.penalties().confiscatedAmount() == null ? BigDecimal.ZERO
                    : f.penalties().confiscatedAmount());
            series.add(s);
        }
        chart.put("series", series);
        chart.put("stacked", all.size() > 1);
        chart.put("amountLabel", messages.getMessage("statistics.item.confiscated", null, locale));
        return chart;
    }
}
