package org.mingjing.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security holds it, and as every module reads it through {@link Caller}. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Caller, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final String username;
    private final String displayName;
    private final String agencyId;
    private final String officerId;
    private final Set<Role> roles;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean passwordChangeRequired;
    private final Instant checkedAt;

    AccountPrincipal(Account account, boolean passwordChangeRequired, Instant now) {
        this.accountId = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.agencyId = account.agencyId();
        this.officerId = account.officerId();
        this.roles = Set.copyOf(account.roles());
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.lockedUntil = account.lockedUntil();
        this.passwordChangeRequired = passwordChangeRequired;
        this.checkedAt = now;
    }

    public String accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String agencyId() {
        return agencyId;
    }

    @Override
    public Optional<String> officerId() {
        return Optional.ofNullable(officerId);
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    /** Whether the account must set a new password before doing anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(checkedAt);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal other && other.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
