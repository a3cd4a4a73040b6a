package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.process.EngineQueries;
import org.wps.commitments.testing.Http;

/**
 * Hardening (issue 7): {@code query-max-results-limit: 2000}. A signed-in user's unpaged engine query, or a page
 * above 2000, is refused with a 400 that says why, on the engine REST API and the webapps' engine API alike; a
 * paged one is answered. Our own code reads engine lists page by page ({@link EngineQueries}), so it is never refused
 * (the commitment page, suspension, migration and notification tests run under signed-in users with the limit on).
 */
@TrackerTest
class QueryLimitHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void anUnpagedOrOversizedEngineRestQueryIsRefused_aPagedOneAnswered() {
        for (String unpaged : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/user")) {
            var refused = http.get(unpaged, "admin");
            assertThat(refused.status()).as(unpaged).isEqualTo(400);
            assertThat(refused.json().path("message").asText())
                    .as(unpaged)
                    .isEqualTo("An unbound number of results is forbidden!");
        }
        var tooMany = http.get("/engine-rest/task?firstResult=0&maxResults=2001", "unmissAdviser");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("message").asText()).isEqualTo("Max results limit of 2000 exceeded!");
        var postedQuery = http.postJson("/engine-rest/task", "unmissAdviser", "{\"tenantIdIn\":[\"unmiss\"]}");
        assertThat(postedQuery.status()).as("a query in the body, unpaged").isEqualTo(400);

        for (String paged : List.of(
                "/engine-rest/task?firstResult=0&maxResults=2000",
                "/engine-rest/process-instance?maxResults=2000",
                "/engine-rest/user?firstResult=0&maxResults=50")) {
            var answered = http.get(paged, "admin");
            assertThat(answered.status()).as(paged + " " + answered.body()).isEqualTo(200);
            assertThat(answered.json().isArray()).as(paged).isTrue();
        }
        assertThat(http.get("/engine-rest/user?firstResult=0&maxResults=50", "admin")
                        .json()
                        .findValuesAsText("id"))
                .contains("admin", "unmissAdviser");
        assertThat(http.get("/engine-rest/task/count", "admin").status())
                .as("counts are not limited")
                .isEqualTo(200);
    }

    @Test
    void theEngineRefusesUnpagedListsToASignedInUser_whileEngineQueriesReadsEveryPage() {
        identityService.setAuthentication("admin", List.of(Roles.ADMINS));

        assertThatThrownBy(() -> identityService.createUserQuery().list())
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("An unbound number of results is forbidden!");
        var users = EngineQueries.all(identityService.createUserQuery());
        assertThat(users).extracting(u -> u.getId()).contains("admin", "unmissAdviser");
        assertThat(users).as("each user once").doesNotHaveDuplicates();

        identityService.clearAuthentication();
        assertThat(identityService.createUserQuery().list())
                .as("without a signed-in user (the job executor) the engine does not limit")
                .hasSameSizeAs(users);
    }
}
