package org.wps.commitments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;

/** The tracker's own pages: a sign-in form for people, HTTP Basic for scripts, nothing anonymous. */
@TrackerTest
class PageSignInHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signInPageIsPublic_andCarriesACsrfToken() throws Exception {
        var page = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign in", "name=\"username\"", "name=\"_csrf\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void aPageWithoutCredentials_sendsTheBrowserToSignIn_andAScriptGetsAChallenge() throws Exception {
        var browser = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/annual-reports/UNMISS/2026"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location").orElse("")).endsWith("/login");

        var wrongPassword = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=manager&password=wrong"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode())
                .as("a sign-in without the form's CSRF token is refused")
                .isIn(302, 403);
        assertThat(wrongPassword.headers().firstValue("Location").orElse("")).doesNotEndWith("/dashboard");
    }
}
