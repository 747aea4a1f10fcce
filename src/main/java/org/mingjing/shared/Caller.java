package org.mingjing.shared;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every module sees it: who, for which agency, with which roles.
 */
public interface Caller {

    String username();

    String displayName();

    String agencyId();

    Optional<String> officerId();

    Set<Role> roles();

    default boolean has(Role role) {
        return roles().contains(role);
    }

    default boolean reachesSubordinates() {
        return roles().stream().anyMatch(Role::reachesSubordinates);
    }

    /** The caller of the current request, if one is signed in. */
    static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    /** The caller of the current request; a request without one never reaches code that calls this. */
    static Caller require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in caller"));
    }
}
