package org.mingjing.identity;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.mingjing.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. Two chains: the API ({@code /api/**}) answers with problem details and takes HTTP
 * Basic as well as the browser session (CSRF applies to the session only); the pages use form login.
 * {@code /api/public/**}, the portal, the calendar and static resources need no login.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** Argon2id for new hashes; BCrypt still verifies. */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, AccountDetails accounts)
            throws Exception {
        // CSRF guards the browser session only: a request that brings no session cookie (HTTP Basic, or no
        // credentials at all, which then meets a 401) cannot ride on a victim's session.
        RequestMatcher sessionless = request -> {
            String header = request.getHeader("Authorization");
            return (header != null && header.regionMatches(true, 0, "Basic ", 0, 6))
                    || request.getRequestedSessionId() == null;
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("mingjing")
                        .authenticationEntryPoint((req, res, e) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
                                "unauthorized", "problem.detail.401", true)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(sessionless))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
                                "unauthorized", "problem.detail.401", true))
                        .accessDeniedHandler((req, res, e) -> problems.write(req, res, HttpStatus.FORBIDDEN, "forbidden",
                                e instanceof org.springframework.security.web.csrf.CsrfException
                                        ? "problem.csrf" : "problem.detail.403", false)))
                .addFilterBefore(new AccountStateFilter(problems, accounts), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ProblemWriter problems, AccountDetails accounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/portal/**", "/login", "/calendar", "/calendar/deadline",
                                "/calendar/fragments/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/error", "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                .addFilterBefore(new AccountStateFilter(problems, accounts), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Writes problem details straight from the security filters, before any controller runs. */
    @org.springframework.stereotype.Component
    static class ProblemWriter {

        private final MessageSource messages;
        private final LocaleResolver locales;
        private final JsonMapper json = JsonMapper.builder().build();

        ProblemWriter(MessageSource messages, LocaleResolver locales) {
            this.messages = messages;
            this.locales = locales;
        }

        /** Security filters run before the DispatcherServlet sets the locale, so it is resolved here. */
        void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                String detailKey, boolean challenge) throws IOException {
            Locale locale = locales.resolveLocale(request);
            LocaleContextHolder.setLocale(locale);
            ProblemDetail problem = Problems.of(messages, status, code, messages.getMessage(detailKey, null, locale));
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(status.value());
            if (challenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"mingjing\"");
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("type", problem.getType().toString());
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            body.put("instance", problem.getInstance().toString());
            response.getWriter().write(json.writeValueAsString(body));
        }

        static boolean isApi(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }
    }
}
