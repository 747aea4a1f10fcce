package org.mingjing.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.statistics.AnnualReport;
import org.mingjing.statistics.AnnualReportFiles;
import org.mingjing.statistics.AnnualReportWorkflow;
import org.mingjing.statistics.AnnualReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report's course from draft to publication (统计年报, seed §二(一)6), for the agency that writes it and
 * the supervisors above it; and the published reports for anyone, under {@code /api/public}. Another agency's report
 * the caller may not see is 404; an act the caller's role or agency does not allow is 403; an act out of turn is 409.
 */
@RestController
class AnnualReportApi {

    private final AnnualReportWorkflow workflow;
    private final AnnualReports reports;
    private final AnnualReportFiles files;

    AnnualReportApi(AnnualReportWorkflow workflow, AnnualReports reports, AnnualReportFiles files) {
        this.workflow = workflow;
        this.reports = reports;
        this.files = files;
    }

    /** Drafting a report: the agency (the caller's own by default) and the year (last year by default). */
    record DraftRequest(String agencyId, Integer year) {
    }

    record NarrativeRequest(String narrative, Integer version) {
    }

    record ReviewRequest(Boolean passed, String note) {
    }

    record ApprovalRequest(Boolean approved, String note) {
    }

    /**
     * {@code GET /api/statistics/reports?agencyId=&year=}: where the report of the year stands for the agency (the
     * caller's own by default) and every agency under it the caller may see.
     */
    @GetMapping("/api/statistics/reports")
    List<AnnualReport.Standing> standings(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String year) {
        return workflow.standings(Caller.require(), blank(agencyId) ? null : agencyId.strip(), reports.year(year));
    }

    /** {@code POST /api/statistics/reports {agencyId, year}}: drafts the report from the data; 201. */
    @PostMapping("/api/statistics/reports")
    @ResponseStatus(HttpStatus.CREATED)
    AnnualReport draft(@RequestBody(required = false) DraftRequest request) {
        DraftRequest r = request == null ? new DraftRequest(null, null) : request;
        return workflow.draft(Caller.require(), blank(r.agencyId()) ? null : r.agencyId().strip(),
                r.year() == null ? reports.defaultYear() : r.year());
    }

    @GetMapping("/api/statistics/reports/{id}")
    AnnualReport report(@PathVariable String id) {
        return workflow.get(Caller.require(), id);
    }

    /** {@code PUT …/narrative {narrative, version}}: the agency's text, while a draft or returned. */
    @PutMapping("/api/statistics/reports/{id}/narrative")
    AnnualReport narrative(@PathVariable String id, @RequestBody NarrativeRequest request) {
        return workflow.edit(Caller.require(), id, request.narrative(), request.version());
    }

    @PostMapping("/api/statistics/reports/{id}/recount")
    AnnualReport recount(@PathVariable String id) {
        return workflow.recount(Caller.require(), id);
    }

    @PostMapping("/api/statistics/reports/{id}/submit")
    AnnualReport submit(@PathVariable String id) {
        return workflow.submit(Caller.require(), id);
    }

    /** {@code POST …/review {passed, note}}: a reviewer's verdict; a return needs its note. */
    @PostMapping("/api/statistics/reports/{id}/review")
    AnnualReport review(@PathVariable String id, @RequestBody ReviewRequest request) {
        return workflow.review(Caller.require(), id, request.passed(), request.note());
    }

    /** {@code POST …/approval {approved, note}}: the head's decision; approval publishes the report. */
    @PostMapping("/api/statistics/reports/{id}/approval")
    AnnualReport approval(@PathVariable String id, @RequestBody ApprovalRequest request) {
        return workflow.approve(Caller.require(), id, request.approved(), request.note());
    }

    /** The report's PDF: as kept at publication, or printed now from a report not yet published. */
    @GetMapping("/api/statistics/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        Caller caller = Caller.require();
        AnnualReport r = workflow.get(caller, id);
        return pdfResponse(workflow.title(r), workflow.pdf(caller, id));
    }

    /** The report's figures as counted for it (frozen from submission on), as a spreadsheet. */
    @GetMapping("/api/statistics/reports/{id}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id) {
        return xlsxResponse(workflow.get(Caller.require(), id));
    }

    /** Whether the report is as its last ledger entry recorded it. */
    @GetMapping("/api/statistics/reports/{id}/verification")
    AnnualReportWorkflow.Verification verification(@PathVariable String id) {
        return workflow.verify(Caller.require(), id);
    }

    // ---------------------------------------------------------------- public

    /** {@code GET /api/public/annual-reports?agencyId=&year=}: the published reports, newest year first. */
    @GetMapping("/api/public/annual-reports")
    List<AnnualReport.Published> published(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String year) {
        return workflow.published(blank(agencyId) ? null : agencyId.strip(), blank(year) ? null : reports.year(year));
    }

    /** A published report with its narrative and figures; one not published is 404. */
    @GetMapping("/api/public/annual-reports/{id}")
    PublicReport publishedReport(@PathVariable String id) {
        AnnualReport r = workflow.publishedReport(id).orElseThrow(
                () -> ProblemException.notFound("statistics.report.not-found"));
        return new PublicReport(r.id(), r.agencyId(), r.agencyName(), r.year(), r.narrative(), r.figures(),
                r.publishedAt(), r.pdfSha256());
    }

    /** What the public sees of a report: no names of the staff who handled it. */
    record PublicReport(String id, String agencyId, String agencyName, int year, String narrative,
            org.mingjing.statistics.AnnualFigures figures, java.time.OffsetDateTime publishedAt, String pdfSha256) {
    }

    @GetMapping("/api/public/annual-reports/{id}/pdf")
    ResponseEntity<byte[]> publishedPdf(@PathVariable String id) {
        AnnualReport r = workflow.publishedReport(id).orElseThrow(
                () -> ProblemException.notFound("statistics.report.not-found"));
        return pdfResponse(workflow.title(r), workflow.publishedPdf(id).orElseThrow());
    }

    /** A published report's figures as a spreadsheet. */
    @GetMapping("/api/public/annual-reports/{id}/xlsx")
    ResponseEntity<byte[]> publishedXlsx(@PathVariable String id) {
        return xlsxResponse(workflow.publishedReport(id).orElseThrow(
                () -> ProblemException.notFound("statistics.report.not-found")));
    }

    private ResponseEntity<byte[]> xlsxResponse(AnnualReport r) {
        return ResponseEntity.ok().contentType(StatisticsApi.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(workflow.title(r) + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(files.xlsx(r.figures()));
    }

    static ResponseEntity<byte[]> pdfResponse(String title, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(title + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
