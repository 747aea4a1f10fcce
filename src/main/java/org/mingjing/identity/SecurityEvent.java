package org.mingjing.identity;

import java.time.Instant;

/** One record of the security audit log. */
public record SecurityEvent(long id, Instant occurredAt, String username, String agencyId, String type,
        String subject, String detail, String remoteAddress) {
}
