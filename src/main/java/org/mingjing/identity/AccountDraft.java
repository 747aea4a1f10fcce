package org.mingjing.identity;

import java.util.Set;

import org.mingjing.shared.Role;

/** What a security administrator enters to open an account. */
public record AccountDraft(String username, String displayName, String agencyId, String officerId, Set<Role> roles,
        String initialPassword) {
}
