package org.mingjing.publicity;

/**
 * Where a publication stands (API.md, Publicity): waiting for its release, blocked by law (a decision about a minor,
 * LAW.md §4) or by the agency's setting, public, withdrawn with a public reason (行政处罚法第四十八条), or past its
 * retention period.
 */
public enum PublicationStatus {
    PENDING, BLOCKED, PUBLISHED, WITHDRAWN, EXPIRED;

    public String messageKey() {
        return "publicity.status." + name();
    }
}
