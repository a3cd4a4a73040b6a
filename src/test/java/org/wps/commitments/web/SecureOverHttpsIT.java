package org.wps.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wps.commitments.cluster.AppNode;
import org.wps.commitments.testing.Http;

/**
 * The packaged jar as an operator runs it in production (no demo profile, an administrator from the environment)
 * behind a TLS-terminating reverse proxy, the deployment docs/security-operations.md describes
 * ({@code server.forward-headers-strategy: native}, the proxy sending {@code X-Forwarded-Proto: https}): every
 * answer served over TLS carries {@code Strict-Transport-Security}, on our pages and in the webapps, and the
 * session and CSRF cookies are {@code Secure}. Our pages answering plain HTTP send no HSTS header, which shows that
 * the forwarded scheme is what the server reads.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class SecureOverHttpsIT {

    private static final String ADMIN_PASSWORD = "Tls-Check-2026!x";

    @TempDir
    Path installation;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void overTlsEveryAnswerSendsHstsAndEveryCookieIsSecure() throws Exception {
        Map<String, String> env = Map.of(
                "SPRING_PROFILES_ACTIVE", "production",
                "COMMITMENTS_ADMIN_ID", "admin",
                "COMMITMENTS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        List<String> args = List.of("--server.forward-headers-strategy=native");
        try (AppNode node = AppNode.start("secure-over-https", env, args, installation)) {
            for (String path : List.of("/login", "/camunda/app/tasklist/", "/camunda/app/cockpit/")) {
                HttpResponse<String> overTls = get(node, path, true);
                assertThat(overTls.statusCode()).as(path).isLessThan(400);
                assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
                        .as("HSTS over TLS on " + path)
                        .hasValueSatisfying(value -> assertThat(value).contains("max-age="));
                assertThat(overTls.headers().allValues("Set-Cookie"))
                        .as("cookies set on " + path)
                        .isNotEmpty()
                        .allSatisfy(cookie -> assertThat(java.net.HttpCookie.parse(cookie))
                                .as(cookie)
                                .allSatisfy(
                                        parsed -> assertThat(parsed.getSecure()).isTrue()));
            }
            // Spring Security, on our pages and /api, sends HSTS only on a secure request; Camunda's webapps send it
            // on every answer, which browsers ignore over plain HTTP (RFC 6797, section 8.1)
            assertThat(get(node, "/login", false).headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP on our pages")
                    .isEmpty();
            HttpResponse<String> apiOverTls = client.send(
                    HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/missions"))
                            .header("X-Forwarded-Proto", "https")
                            .header("Authorization", Http.basic("admin:" + ADMIN_PASSWORD))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(apiOverTls.statusCode()).isEqualTo(200);
            assertThat(apiOverTls.headers().firstValue("Strict-Transport-Security"))
                    .as("HSTS on /api over TLS")
                    .isPresent();
        }
    }

    private HttpResponse<String> get(AppNode node, String path, boolean overTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (overTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
