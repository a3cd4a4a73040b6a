package org.wps.commitments.web;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.wps.commitments.identity.EngineAuthenticationFilter;
import org.wps.commitments.identity.Roles;

/**
 * Who may call what (DESIGN.md §5):
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic against Camunda's users, checked by Camunda's own
 *       {@link ProcessEngineAuthenticationFilter}, which also applies authorizations and tenants;</li>
 *   <li>{@code /camunda/**}: the webapps (Tasklist, Cockpit, Admin) with their own session login and CSRF
 *       protection;</li>
 *   <li>our pages ({@code /dashboard}, {@code /commitments/**}, {@code /annual-reports/**}): a sign-in form
 *       ({@code /login}) and a session, or HTTP Basic;</li>
 *   <li>everything else ({@code /api/**}, {@code /actuator/**}): HTTP Basic against the same users; only health
 *       (its status; details for administrators) and error pages are anonymous, {@code /actuator/prometheus} is
 *       for administrators and the {@code monitoring} group.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String REALM = "CRSV Commitment Tracker";

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication(JerseyApplicationPath engineRestPath) {
        var registration = new FilterRegistrationBean<Filter>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(engineRestPath.getUrlMapping());
        return registration;
    }

    /**
     * Wrong passwords are throttled per client address and per (user, client address) on every sign-in path,
     * before Spring Security and Camunda's own authentication filter check a password (docs/security-operations.md).
     */
    @Bean
    LoginThrottle loginThrottle(
            Clock clock,
            @Value("${commitments.login-throttle.per-user-and-address:5}") int perUserAndAddress,
            @Value("${commitments.login-throttle.per-address:30}") int perAddress,
            @Value("${commitments.login-throttle.window:PT15M}") Duration window) {
        return new LoginThrottle(clock, perUserAndAddress, perAddress, window);
    }

    @Bean
    FilterRegistrationBean<Filter> loginThrottleFilter(LoginThrottle throttle) {
        var registration = new FilterRegistrationBean<Filter>(new LoginThrottleFilter(throttle));
        registration.setName("login-throttle");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The webapps' first-administrator setup ({@code /camunda/api/admin/setup/...}) creates an administrator for
     * anyone while the database has none. The identity bootstrap creates the administrator before the server
     * starts, and this chain closes the setup for good: 403, always.
     */
    @Bean
    @Order(0)
    SecurityFilterChain webappSetupClosed(HttpSecurity http) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/camunda/api/admin/setup/**"))
                .authorizeHttpRequests(a -> a.anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, denied) ->
                                problem(response, HttpStatus.FORBIDDEN, "The first-administrator setup is closed."))
                        .accessDeniedHandler((request, response, denied) ->
                                problem(response, HttpStatus.FORBIDDEN, "The first-administrator setup is closed.")))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // Basic auth, no CSRF token: browser pages of other origins are refused by Origin / Sec-Fetch-Site instead
        return http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .addFilterBefore(new CrossOriginWriteFilter(), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // the webapps authenticate and protect against CSRF themselves, and set their own security headers
        return http.securityMatcher(new OrRequestMatcher(
                        withDefaults().matcher("/camunda/**"), withDefaults().matcher("/")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .build();
    }

    /**
     * The tracker's own pages: a sign-in form and a session (the same users as Tasklist), CSRF protection on
     * forms, a strict content security policy; HTTP Basic is accepted too, for scripts that fetch a page.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, IdentityService identityService) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(
                        withDefaults().matcher("/login"),
                        withDefaults().matcher("/logout"),
                        withDefaults().matcher("/dashboard"),
                        withDefaults().matcher("/dashboard/**"),
                        withDefaults().matcher("/commitments/**"),
                        withDefaults().matcher("/annual-reports/**"),
                        withDefaults().matcher("/assets/**"),
                        withDefaults().matcher("/webjars/**")))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                withDefaults().matcher("/login"),
                                withDefaults().matcher("/assets/**"),
                                withDefaults().matcher("/webjars/**"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/dashboard"))
                .httpBasic(b -> b.realmName(REALM))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(PAGE_POLICY)))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) ->
                        problem(response, HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    /** Our pages load scripts, styles and charts from this application only (WebJars), never from a CDN. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(4)
    SecurityFilterChain application(HttpSecurity http, IdentityService identityService) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(
                                withDefaults().matcher("/actuator/health"),
                                withDefaults().matcher("/actuator/health/**"),
                                withDefaults().matcher("/demo-status"),
                                withDefaults().matcher("/error"))
                        .permitAll()
                        // metrics: administrators and the scrapers' own group, never anonymous (health details
                        // are shown to administrators by management.endpoint.health.roles)
                        .requestMatchers(withDefaults().matcher("/actuator/prometheus"))
                        .hasAnyRole(Roles.ADMINS, Roles.MONITORING)
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    // only API clients and the printable annual report pages are challenged: a challenge on a
                    // page request (such as the webapps' probe of /camunda-welcome) would pop up the browser's
                    // password dialog over Tasklist
                    String path = request.getRequestURI()
                            .substring(request.getContextPath().length());
                    if (path.startsWith("/api/")) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                    }
                    problem(
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "Sign in with your tracker user name and password (HTTP Basic).");
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) ->
                        problem(response, HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                .csrf(c -> c.disable())
                .addFilterBefore(new CrossOriginWriteFilter(), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
