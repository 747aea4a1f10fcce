package org.mingjing.identity;

import java.time.Instant;
import java.util.Set;

import org.mingjing.shared.Role;

/**
 * An account: one person's unique sign-in (等保 2.0: unique identification), tied to an agency and, for
 * officers, to the officer record.
 */
public record Account(String id, String username, String displayName, String agencyId, String officerId,
        Set<Role> roles, String passwordHash, boolean mustChangePassword, Instant passwordChangedAt,
        int failedAttempts, Instant lockedUntil, boolean enabled) {

    /** Whether the account is locked at the given instant. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
