package org.mingjing.identity;

import java.time.Clock;
import java.time.Instant;

import org.mingjing.shared.Auditable;
import org.mingjing.shared.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes the security audit log from what Spring Security and the other modules report, and applies the
 * lockout rule ({@link LockoutPolicy}) as failures arrive.
 */
@Component
class SecurityEventRecorder {

    private final SecurityLog log;
    private final Accounts accounts;
    private final LockoutPolicy lockout;
    private final Clock clock;

    SecurityEventRecorder(SecurityLog log, Accounts accounts, LockoutPolicy lockout, Clock clock) {
        this.log = log;
        this.accounts = accounts;
        this.lockout = lockout;
        this.clock = clock;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        log.record(auth.getName(), agencyOf(auth), "LOGIN", auth.getName(), null, remote(auth));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        accounts.clearFailures(event.getAuthentication().getName());
    }

    /** Counts the failure; the failure that reaches the limit locks the account (等保 登录失败处理). */
    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName();
        var account = accounts.byUsername(username);
        log.record(username, account.map(Account::agencyId).orElse(null), "LOGIN_FAILED", username, null,
                remote(auth));
        if (account.isEmpty()) {
            return;
        }
        int failures = accounts.recordFailure(username);
        if (lockout.locksAfter(failures)) {
            Instant until = Instant.now(clock).plus(lockout.duration());
            accounts.lock(username, until);
            log.record(username, account.get().agencyId(), "ACCOUNT_LOCKED", username, "until=" + until,
                    remote(auth));
        }
    }

    @EventListener
    void on(AuthenticationFailureLockedEvent event) {
        Authentication auth = event.getAuthentication();
        log.record(auth.getName(), accounts.byUsername(auth.getName()).map(Account::agencyId).orElse(null),
                "LOGIN_REFUSED_LOCKED", auth.getName(), null, remote(auth));
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return;
        }
        String subject = event.getSource() instanceof jakarta.servlet.http.HttpServletRequest request
                ? request.getMethod() + " " + request.getRequestURI()
                : String.valueOf(event.getSource());
        log.record(auth.getName(), agencyOf(auth), "ACCESS_DENIED", subject, null, remote(auth));
    }

    /** Administrators' changes reported by other modules. */
    @ApplicationModuleListener
    void on(Auditable event) {
        log.record(event.actor(), event.agencyId(), event.action(), event.subject(), event.toString(), null);
    }

    private static String agencyOf(Authentication auth) {
        return auth.getPrincipal() instanceof Caller caller ? caller.agencyId() : null;
    }

    private static String remote(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
