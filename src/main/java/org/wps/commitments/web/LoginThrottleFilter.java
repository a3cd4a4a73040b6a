package org.wps.commitments.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link LoginThrottle} in front of every way to present a password: HTTP Basic on any path ({@code /engine-rest},
 * {@code /api}, our pages), our sign-in form ({@code POST /login}) and the webapps' sign-in
 * ({@code POST /camunda/api/admin/auth/user/default/login/...}). A caller over her allowance gets 429 with
 * {@code Retry-After} and her password is not checked. The client address is the connection's
 * ({@code getRemoteAddr()}); {@code X-Forwarded-For} counts only where {@code server.forward-headers-strategy} is
 * set for a trusted proxy, never by default (a stranger could otherwise pick a new address for every attempt).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/";

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Attempt attempt = attempt(request);
        if (attempt == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.retryAfter(attempt.userId(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":"
                            + "\"Too many wrong passwords from this address. Try again in " + seconds
                            + " seconds.\"}");
            return;
        }
        chain.doFilter(request, response);
        if (failed(attempt, response)) {
            throttle.failed(attempt.userId(), address);
        } else if (response.getStatus() < 400) {
            throttle.succeeded(attempt.userId(), address);
        }
    }

    private static boolean failed(Attempt attempt, HttpServletResponse response) {
        if (attempt.form()) {
            String location = response.getHeader("Location");
            return response.getStatus() == 401
                    || response.getStatus() == 403
                    || (location != null && location.contains("/login?error"));
        }
        return response.getStatus() == 401;
    }

    /** The password presented by this request, if any: who claims to sign in, and whether by a form. */
    static Attempt attempt(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new Attempt(basicUser(authorization.substring(6).trim()), false);
        }
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals("/login") || path.startsWith(WEBAPP_LOGIN)) {
                return new Attempt(request.getParameter("username"), true);
            }
        }
        return null;
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    record Attempt(String userId, boolean form) {}
}
