package org.mingjing.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.statistics.Analysis;
import org.mingjing.statistics.AnalysisFigures;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The analysis dashboard's figures (统计分析, issue 8) as JSON, and each chart's numbers as CSV. */
@RestController
class AnalysisApi {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Analysis analysis;

    AnalysisApi(Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * {@code GET /api/statistics/analysis?agencyId=&from=&to=&matterCode=&format=&chart=}: every chart of the agency
     * (the caller's own by default) and the agencies under it that the caller may see, for the cases filed from
     * {@code from} to {@code to} (yyyy-MM-dd, both included; by default the twelve months to today) and optionally one
     * matter. With {@code format=csv&chart=<name>} the numbers of one chart as a CSV file for a spreadsheet. An agency
     * the caller may not see is 404; a bad day, a period backwards or over ten years, an unknown matter, format or
     * chart is 400 naming the field.
     */
    @ApiResponse(responseCode = "200", description = "Every chart as JSON, or with format=csv one chart's numbers",
            content = { @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AnalysisFigures.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")) })
    @GetMapping("/api/statistics/analysis")
    ResponseEntity<?> analysis(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String matterCode, @RequestParam(required = false) String format,
            @RequestParam(required = false) String chart) {
        String kind = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("json") && !kind.equals("csv")) {
            throw ProblemException.invalid("format", "analysis.validation.format");
        }
        String name = chart == null ? "" : chart.strip();
        if (kind.equals("csv") && !AnalysisFigures.CHARTS.contains(name)) {
            throw ProblemException.invalid("chart", "analysis.validation.chart",
                    String.join(", ", AnalysisFigures.CHARTS));
        }
        Locale locale = LocaleContextHolder.getLocale();
        Analysis.Request request = analysis.request(Caller.require(), agencyId, from, to, matterCode);
        AnalysisFigures figures = analysis.figures(request, locale);
        if (kind.equals("json")) {
            return ResponseEntity.ok(figures);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Analysis.csv(analysis.table(figures, name, locale), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String filename = "analysis-" + name + "-" + figures.from() + "-" + figures.to() + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
