package org.mingjing.identity;

import java.io.IOException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Applies an account's current state to every request, not only to its sign-in:
 * <ul>
 * <li>a browser session whose account has since been disabled or removed ends at once (等保 2.0: access is
 * revoked when the administrator revokes it, not when the session times out);</li>
 * <li>an account whose password is an initial one set by an administrator, or too old, may do nothing but
 * change it (等保 2.0: 口令定期更换; initial passwords are changed at first use).</li>
 * </ul>
 * HTTP Basic requests are authenticated afresh each time, so their principal is already current.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("/password", "/logout", "/api/me", "/api/me/password",
            "/error");

    private final SecurityConfiguration.ProblemWriter problems;
    private final AccountDetails accounts;

    AccountStateFilter(SecurityConfiguration.ProblemWriter problems, AccountDetails accounts) {
        this.problems = problems;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        AccountPrincipal current = principal;
        if (request.getHeader("Authorization") == null) {
            current = reload(principal.username());
            if (current == null || !current.isEnabled()) {
                end(request);
                if (SecurityConfiguration.ProblemWriter.isApi(request)) {
                    problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.detail.401",
                            false);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?ended");
                }
                return;
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (current.passwordChangeRequired() && !ALLOWED.contains(path) && !isStatic(path)) {
            if (SecurityConfiguration.ProblemWriter.isApi(request)) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "password-change-required",
                        "password.problem.change-required", false);
            } else {
                response.sendRedirect(request.getContextPath() + "/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private AccountPrincipal reload(String username) {
        try {
            return (AccountPrincipal) accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/api/public/");
    }
}
