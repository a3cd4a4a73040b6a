package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.identity.PublishedPasswordCheck;
import org.wps.commitments.testing.Http;
import org.wps.commitments.testing.Models;

/**
 * Browsers and strangers (issue 18, points 5 and 6) on the running server: another site's page cannot deploy with a
 * designer's cached Basic credentials while Camunda Modeler (no Origin, no Sec-Fetch-Site) still can; the webapps'
 * first-administrator setup is closed; wrong passwords get 429 with Retry-After; the demo banner is served; the
 * published demo password is found on every demo user.
 */
@TrackerTest
class BrowsersAndStrangersHttpTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    IdentityService identityService;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Modeler-style multipart deployment as designer, with the given extra headers (name, value, ...). */
    private HttpResponse<String> deploy(String key, String... headers) throws Exception {
        String boundary = "----origin" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key + ".bpmn\"; filename=\""
                + key + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + Models.deployable(key) + "\r\n--"
                + boundary + "--\r\n";
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", Http.basic("designer:Protect-2016"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    private long deployed(String key) {
        return repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .count();
    }

    private String key() {
        return "origin-check-" + System.currentTimeMillis() + "-" + RUN.incrementAndGet();
    }

    @Test
    void anotherSitesPageCannotDeployWithTheDesignersCredentialsButModelerCan() throws Exception {
        String evil = key();
        assertThat(deploy(evil, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(deployed(evil)).as("nothing deployed from another origin").isZero();

        String crossSite = key();
        assertThat(deploy(crossSite, "Sec-Fetch-Site", "cross-site").statusCode())
                .isEqualTo(403);
        assertThat(deploy(crossSite, "Sec-Fetch-Site", "same-site").statusCode())
                .isEqualTo(403);
        assertThat(deploy(crossSite, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(deployed(crossSite)).isZero();

        String modeler = key();
        assertThat(deploy(modeler).statusCode())
                .as("Camunda Modeler sends no Origin")
                .isEqualTo(200);
        assertThat(deployed(modeler)).isEqualTo(1);

        String ownPage = key();
        assertThat(deploy(ownPage, "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin")
                        .statusCode())
                .as("a page of this server")
                .isEqualTo(200);
    }

    @Test
    void crossOriginWritesToOurApiAreRefusedToo() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/commitments"))
                .header("Authorization", Http.basic("unmissAdviser:Protect-2016"))
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theWebappsFirstAdministratorSetupIsClosed() throws Exception {
        String user = "setupStranger" + RUN.incrementAndGet();
        var response = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"" + user
                        + "\",\"firstName\":\"S\",\"lastName\":\"S\",\"email\":\"s@example.org\"},"
                        + "\"credentials\":{\"password\":\"Long-Secret-42!\"}}")));
        assertThat(response.statusCode()).isEqualTo(403);
        // refused by our own chain, before Camunda's setup resource (which opens while no administrator exists)
        assertThat(response.body()).contains("The first-administrator setup is closed.");
        assertThat(identityService.createUserQuery().userId(user).count()).isZero();
    }

    @Test
    void wrongPasswordsGet429WithRetryAfter() throws Exception {
        // a user id no test signs in as: the throttle counts (user, address), and the address only a few times
        String user = "throttleProbe" + RUN.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            var wrong = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"))
                    .header("Authorization", Http.basic(user + ":wrong-" + i)));
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        var throttled = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"))
                .header("Authorization", Http.basic(user + ":wrong")));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    }

    @Test
    void theDemoBannerShowsOnOurPagesAndTheWebapps() throws Exception {
        var login = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")));
        assertThat(login.body()).contains("id=\"demo-banner\"").contains("Demo data");
        var dashboard = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard"))
                .header("Authorization", Http.basic("manager:Protect-2016")));
        assertThat(dashboard.body()).contains("id=\"demo-banner\"");
        var status = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo-status"))
                .header("Accept-Language", "fr"));
        assertThat(status.body()).contains("\"demo\":true").contains("démonstration");
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            var config = send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/camunda/app/" + app + "/scripts/config.js")));
            assertThat(config.body()).as(app).contains("scripts/demo-banner");
            var script = send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/camunda/app/" + app + "/scripts/demo-banner.js")));
            assertThat(script.statusCode()).as(app).isEqualTo(200);
            assertThat(script.body()).contains("demo-status");
        }
    }

    @Test
    void usersKeepingThePublishedPasswordAreNamed() {
        assertThat(PublishedPasswordCheck.usersWithPublishedPassword(identityService, PublishedPasswordCheck.PUBLISHED))
                .contains("osrsgDesk", "designer", "admin");
        assertThat(PublishedPasswordCheck.usersWithPublishedPassword(identityService, Set.of("Not-Published-42!")))
                .isEmpty();
        assertThatThrownBy(() -> PublishedPasswordCheck.refuse(identityService, PublishedPasswordCheck.PUBLISHED))
                .hasMessageContaining("osrsgDesk")
                .hasMessageContaining("admin")
                .hasMessageNotContaining("Protect-2016");
    }
}
