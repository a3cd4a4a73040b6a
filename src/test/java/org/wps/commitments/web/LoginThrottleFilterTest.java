package org.wps.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.wps.commitments.testing.Http;

/**
 * Wrong passwords are throttled per client address and per (user, address): a stranger failing for the OSRSG-SVC
 * desk from her address cannot stop the desk signing in from its own. The chain stands in for the password check.
 */
class LoginThrottleFilterTest {

    private static final String RIGHT = "Protect-2016";

    private Instant now = Instant.parse("2026-12-07T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 30, Duration.ofMinutes(15));
    private final LoginThrottleFilter filter = new LoginThrottleFilter(throttle);
    private int passwordChecks;

    /** Answers 401 for a wrong Basic password, 200 for the right one, as the real authentication does. */
    private final FilterChain passwordCheck = (request, response) -> {
        passwordChecks++;
        String header = ((MockHttpServletRequest) request).getHeader("Authorization");
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        ((HttpServletResponse) response).setStatus(decoded.endsWith(":" + RIGHT) ? 200 : 401);
    };

    private MockHttpServletResponse basic(String address, String user, String password) throws Exception {
        var request = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", Http.basic(user + ":" + password));
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, passwordCheck);
        return response;
    }

    @Test
    void aStrangerFailingForTheDeskDoesNotLockTheDeskOutAtHerOwnAddress() throws Exception {
        for (int i = 0; i < 20; i++) {
            basic("203.0.113.7", "osrsgDesk", "guess-" + i);
        }
        assertThat(basic("203.0.113.7", "osrsgDesk", RIGHT).getStatus())
                .as("the stranger's address is throttled for that user, even with the right password")
                .isEqualTo(429);
        assertThat(basic("198.51.100.20", "osrsgDesk", RIGHT).getStatus())
                .as("the desk signs in from its own address")
                .isEqualTo(200);
    }

    @Test
    void overTheAllowanceThePasswordIsNotCheckedAndRetryAfterSaysWhen() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("203.0.113.8", "designer", "wrong").getStatus()).isEqualTo(401);
        }
        int checks = passwordChecks;
        var refused = basic("203.0.113.8", "designer", "wrong");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("900");
        assertThat(passwordChecks).as("no password is checked while throttled").isEqualTo(checks);

        now = now.plus(Duration.ofMinutes(15));
        assertThat(basic("203.0.113.8", "designer", RIGHT).getStatus())
                .as("the window is over")
                .isEqualTo(200);
    }

    @Test
    void anAddressTryingManyUsersIsThrottledForEveryUser() throws Exception {
        for (int i = 0; i < 30; i++) {
            basic("203.0.113.9", "user" + i, "wrong");
        }
        assertThat(basic("203.0.113.9", "manager", RIGHT).getStatus()).isEqualTo(429);
        assertThat(basic("198.51.100.21", "manager", RIGHT).getStatus()).isEqualTo(200);
    }

    @Test
    void formSignInsCountTheirFailedRedirects() throws Exception {
        for (int i = 0; i < 6; i++) {
            var request = new MockHttpServletRequest("POST", "/login");
            request.setRemoteAddr("203.0.113.10");
            request.addParameter("username", "manager");
            request.addParameter("password", "wrong");
            var response = new MockHttpServletResponse();
            filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).sendRedirect("/login?error"));
            if (i == 5) {
                assertThat(response.getStatus()).isEqualTo(429);
            }
        }
        assertThat(basic("198.51.100.22", "manager", RIGHT).getStatus()).isEqualTo(200);
    }

    @Test
    void requestsWithoutPasswordsAreLeftAlone() throws Exception {
        var request = new MockHttpServletRequest("GET", "/actuator/health");
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(200));
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
