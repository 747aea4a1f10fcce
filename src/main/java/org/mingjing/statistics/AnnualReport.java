package org.mingjing.statistics;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One agency's annual report of one year as it goes from draft to publication: its narrative, its figures as last
 * counted (when drafted, recounted or submitted; frozen from submission on), who acted when, the note of the last
 * return, and once published the SHA-256 of the PDF kept as printed. {@code version} guards edits against being
 * lost to a concurrent one.
 */
public record AnnualReport(String id, String agencyId, String agencyName, int year, ReportStatus status,
        String narrative, AnnualFigures figures, OffsetDateTime countedAt, String draftedBy, OffsetDateTime draftedAt,
        String submittedBy, OffsetDateTime submittedAt, String reviewedBy, OffsetDateTime reviewedAt,
        String returnedNote, String publishedBy, OffsetDateTime publishedAt, String pdfSha256, int version,
        List<Event> events) {

    /** One act on the report, in order. */
    public record Event(String id, int seq, String action, String actor, String actorName, OffsetDateTime at, String note) {
    }

    /** A published report as the portal lists it. */
    public record Published(String id, String agencyId, String agencyName, int year, OffsetDateTime publishedAt,
            String pdfSha256) {
    }

    /** Where an agency's report of a year stands, for a supervisor's overview; {@code id} null when not begun. */
    public record Standing(String agencyId, String agencyName, int year, String id, ReportStatus status,
            OffsetDateTime publishedAt) {
    }
}
