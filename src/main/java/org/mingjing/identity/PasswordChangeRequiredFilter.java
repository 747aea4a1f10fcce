package org.mingjing.identity;

import java.io.IOException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An account whose password is an initial one set by an administrator, or too old, may do nothing but
 * change it (等保 2.0: 口令定期更换; initial passwords are changed at first use).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("/password", "/logout", "/api/me", "/api/me/password",
            "/error");

    private final SecurityConfiguration.ProblemWriter problems;

    PasswordChangeRequiredFilter(SecurityConfiguration.ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                && principal.passwordChangeRequired() && !ALLOWED.contains(path) && !isStatic(path)) {
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

    private static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/api/public/");
    }
}
