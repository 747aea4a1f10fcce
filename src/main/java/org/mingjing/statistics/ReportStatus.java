package org.mingjing.statistics;

/**
 * Where an annual report (统计年报) stands: drafted by the agency; submitted for review; reviewed and waiting for the
 * head; returned with a note to be mended and submitted again; published on the portal (approval by the head
 * publishes it, seed §二(一)6: "经本机关负责人审批后公开").
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, REVIEWED, RETURNED, PUBLISHED;

    /** Whether the agency may still change the narrative and recount the figures. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
