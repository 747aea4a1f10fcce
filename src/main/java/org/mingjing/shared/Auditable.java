package org.mingjing.shared;

/**
 * Marker for events that belong in the security audit log (administrator changes and the like).
 * The identity module records every published {@code Auditable} event in its append-only log.
 */
public interface Auditable {

    /** Username of whoever caused the change. */
    String actor();

    /** Stable code of the action, e.g. {@code OFFICER_REGISTERED}. */
    String action();

    /** What was changed, e.g. an officer's id. */
    String subject();

    /** Agency the change concerns, for scoping the auditor's view. */
    String agencyId();
}
