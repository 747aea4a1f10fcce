package org.mingjing.statistics.web;

import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.statistics.AnnualFigures;
import org.mingjing.statistics.AnnualReports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Statistics section of the API contract (API.md): an agency's annual report figures. */
@RestController
class StatisticsApi {

    private final AnnualReports reports;

    StatisticsApi(AnnualReports reports) {
        this.reports = reports;
    }

    /**
     * {@code GET /api/statistics/annual-report?agencyId=&year=}: the agency's (the caller's own by default) figures
     * of the year (last year by default); another agency's the caller may not see is 404.
     */
    @GetMapping("/api/statistics/annual-report")
    AnnualFigures annualReport(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String year) {
        return reports.figures(Caller.require(), blank(agencyId) ? null : agencyId.strip(), year(year));
    }

    private int year(String year) {
        if (blank(year)) {
            return reports.defaultYear();
        }
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("year", "statistics.validation.year-number");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
