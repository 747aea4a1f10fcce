package org.mingjing.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.statistics.AnnualFigures;
import org.mingjing.statistics.AnnualReportFiles;
import org.mingjing.statistics.AnnualReports;
import org.mingjing.statistics.EarlyWarningList;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Statistics section of the API contract (API.md): an agency's annual report figures, and their files. */
@RestController
class StatisticsApi {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnualReports reports;
    private final AnnualReportFiles files;
    private final MessageSource messages;
    private final EarlyWarningList warnings;

    StatisticsApi(AnnualReports reports, AnnualReportFiles files, MessageSource messages, EarlyWarningList warnings) {
        this.reports = reports;
        this.files = files;
        this.messages = messages;
        this.warnings = warnings;
    }

    /**
     * {@code GET /api/statistics/annual-report?agencyId=&year=&format=}: the agency's (the caller's own by default)
     * figures of the year (last year by default) as JSON, or with {@code format=xlsx|pdf} as a spreadsheet or a
     * printable Chinese PDF; another agency's the caller may not see is 404.
     */
    @GetMapping("/api/statistics/annual-report")
    ResponseEntity<?> annualReport(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String year, @RequestParam(required = false) String format) {
        String kind = blank(format) ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("json") && !kind.equals("xlsx") && !kind.equals("pdf")) {
            throw ProblemException.invalid("format", "statistics.validation.format");
        }
        AnnualFigures f = reports.figures(Caller.require(), blank(agencyId) ? null : agencyId.strip(),
                reports.year(year));
        if (kind.equals("json")) {
            return ResponseEntity.ok(f);
        }
        boolean xlsx = kind.equals("xlsx");
        byte[] body = xlsx ? files.xlsx(f) : files.pdf(f);
        return ResponseEntity.ok().contentType(xlsx ? XLSX : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(files.title(f) + "." + kind, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /**
     * {@code GET /api/statistics/annual-reports?parentId=&year=}: the figures of the agency {@code parentId} (the
     * caller's own by default) and of every agency under it the caller may see, side by side, with their total
     * ({@code agencyId} null), for a city or the province to compare its counties.
     */
    @GetMapping("/api/statistics/annual-reports")
    AnnualReports.Comparison annualReports(@RequestParam(required = false) String parentId,
            @RequestParam(required = false) String year) {
        return reports.compare(Caller.require(), blank(parentId) ? null : parentId.strip(), reports.year(year),
                messages.getMessage("statistics.total", null, LocaleContextHolder.getLocale()));
    }

    /** One warning as the contract has it, with the agency it concerns and the page that deals with it. */
    record WarningView(String code, String severity, String subject, String detail, java.time.LocalDate due,
            String agencyId, String link) {
    }

    /**
     * {@code GET /api/statistics/warnings?agencyId=}: what needs attention in the agency (the caller's own by default)
     * and everything under it the caller may see, most severe first; another agency's is 404.
     */
    @GetMapping("/api/statistics/warnings")
    java.util.List<WarningView> warnings(@RequestParam(required = false) String agencyId) {
        return warnings.forAgency(Caller.require(), blank(agencyId) ? null : agencyId.strip(),
                LocaleContextHolder.getLocale()).stream().map(w -> new WarningView(w.code(), w.severity().name(),
                        w.subject(), w.detail(), w.due(), w.agencyId(), w.link())).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
