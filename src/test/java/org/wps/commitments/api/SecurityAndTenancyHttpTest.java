package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.Http;

/** Authentication, missions as tenants and deployment rights, over HTTP against the running server. */
@TrackerTest
class SecurityAndTenancyHttpTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String open(String user, String mission, String party, String title) {
        var response = http.postJson(
                "/api/commitments",
                user,
                """
                {"mission":"%s","partyCode":"%s","type":"JOINT_COMMUNIQUE","title":"%s","targetSigningDate":"2027-03-01"}
                """
                        .formatted(mission, party, title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("reference").asText();
    }

    @Test
    void everythingButHealthNeedsCredentials() {
        for (String path : List.of(
                "/api/missions",
                "/api/parties?mission=UNMISS",
                "/api/commitments",
                "/api/commitments/UNMISS-JC-2014",
                "/engine-rest/task",
                "/engine-rest/process-instance",
                "/engine-rest/deployment",
                "/engine-rest/user",
                "/anything-else")) {
            var response = http.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).doesNotContain("GOV-SSD");
        }
        // a wrong password may lock the user for a while (login throttling): a user no other test signs in as
        assertThat(http.get("/api/commitments", "unsomAdviser:wrong-Password1").status())
                .isEqualTo(401);
        assertThat(http.get("/engine-rest/task", "unsomAdviser:wrong-Password1").status())
                .isEqualTo(401);
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.postJson("/api/commitments", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void advisersSeeOnlyTheirMissionInOurApi() {
        String unmiss = open("unmissAdviser", "UNMISS", "SSPDF", "Tenancy check UNMISS");
        String minusma = open("minusmaAdviser", "MINUSMA", "FDSM", "Tenancy check MINUSMA");

        List<String> seenByUnmiss = references(http.get("/api/commitments", "unmissAdviser"));
        assertThat(seenByUnmiss).contains(unmiss).doesNotContain(minusma).allMatch(r -> r.startsWith("UNMISS-"));
        List<String> seenByMinusma = references(http.get("/api/commitments", "minusmaAdviser"));
        assertThat(seenByMinusma).contains(minusma).doesNotContain(unmiss);

        assertThat(http.get("/api/commitments/" + minusma, "unmissAdviser").status())
                .isEqualTo(404);
        assertThat(http.get("/api/commitments/" + unmiss, "unmissAdviser").status())
                .isEqualTo(200);
        assertThat(http.get("/api/commitments?mission=MINUSMA", "unmissAdviser").status())
                .isEqualTo(404);
        assertThat(http.get("/api/parties?mission=MINUSMA", "unmissAdviser").status())
                .isEqualTo(404);
        assertThat(http.get("/api/missions", "unmissAdviser").json().findValuesAsText("code"))
                .containsExactly("UNMISS");
        assertThat(http.get("/api/missions", "osrsgDesk").json().findValuesAsText("code"))
                .contains("UNMISS", "MINUSMA", "UNSOM", "MONUSCO", "MINUSCA");

        List<String> seenByHq = references(http.get("/api/commitments", "manager"));
        assertThat(seenByHq).contains(unmiss, minusma);
    }

    @Test
    void advisersSeeAndCompleteOnlyTheirMissionsTasksInTheEngineApi() {
        String unmiss = open("unmissAdviser", "UNMISS", "SSNPS", "Engine tenancy check UNMISS");
        String minusma = open("minusmaAdviser", "MINUSMA", "GOV-MLI", "Engine tenancy check MINUSMA");

        var unmissTasks = http.get(
                        "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + unmiss, "unmissAdviser")
                .json();
        assertThat(unmissTasks).hasSize(1);
        assertThat(unmissTasks.get(0).path("tenantId").asText()).isEqualTo("unmiss");
        assertThat(http.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + minusma, "unmissAdviser")
                        .json())
                .isEmpty();
        assertThat(http.get("/engine-rest/process-instance?maxResults=2000", "unmissAdviser")
                        .json()
                        .findValuesAsText("tenantId"))
                .isNotEmpty()
                .containsOnly("unmiss");

        String minusmaTask = http.get(
                        "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + minusma, "minusmaAdviser")
                .json()
                .get(0)
                .path("id")
                .asText();
        var refused = http.postJson(
                "/engine-rest/task/" + minusmaTask + "/complete",
                "unmissAdviser",
                """
                {"variables":{"engagementDate":{"value":"2026-01-05"},"engagementLevel":{"value":"WPA"},
                 "counterpartRole":{"value":"Minister"},"engagementOutcome":{"value":"ok"},
                 "engagementDecision":{"value":"ABANDON"}}}""");
        // refused by the engine's tenant check, answered as for a task that does not exist among one's missions
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("No such task among your missions' tasks.");
        assertThat(http.get("/engine-rest/task/" + minusmaTask, "minusmaAdviser")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyTheTasksCandidateGroupMayCompleteIt() {
        String reference = open("unmissAdviser", "UNMISS", "GOV-SSD", "Role check");
        complete(
                "unmissAdviser",
                reference,
                """
                {"variables":{"engagementDate":{"value":"2026-01-05"},"engagementLevel":{"value":"WPA"},
                 "counterpartRole":{"value":"Minister of Gender"},"engagementOutcome":{"value":"Ready."},
                 "engagementDecision":{"value":"READY_TO_DRAFT"}}}""",
                204);
        complete(
                "unmissAdviser",
                reference,
                """
                {"variables":{"commitmentElements":{"value":"[\\"INVESTIGATIONS\\"]","type":"Json"},
                 "draftReference":{"value":"Draft 1"}}}""",
                204);

        // the draft now waits for a senior adviser: the adviser who wrote it may not approve it
        var refused = complete(
                "unmissAdviser",
                reference,
                """
                {"variables":{"reviewDecision":{"value":"APPROVE"}}}""",
                403);
        assertThat(refused.body()).contains("unmissAdviser");
        complete(
                "unmissSenior",
                reference,
                """
                {"variables":{"reviewDecision":{"value":"APPROVE"}}}""",
                204);
        assertThat(http.get("/api/commitments/" + reference, "unmissAdviser")
                        .json()
                        .path("commitment")
                        .path("stage")
                        .asText())
                .isEqualTo("CLEARANCE");
    }

    private Http.Response complete(String user, String reference, String variables, int expectedStatus) {
        String taskId = http.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + reference, user)
                .json()
                .get(0)
                .path("id")
                .asText();
        var response = http.postJson("/engine-rest/task/" + taskId + "/submit-form", user, variables);
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        return response;
    }

    @Test
    void aUserCannotOpenACommitmentForAnotherMission() {
        var response = http.postJson(
                "/api/commitments",
                "minusmaAdviser",
                """
                {"mission":"UNMISS","partyCode":"GOV-SSD","type":"JOINT_COMMUNIQUE","title":"Not mine","targetSigningDate":"2027-03-01"}
                """);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("not a member of mission UNMISS");
        assertThat(references(http.get("/api/commitments", "unmissAdviser")))
                .isNotEmpty()
                .noneMatch(r -> http.get("/api/commitments/" + r, "unmissAdviser")
                        .body()
                        .contains("Not mine"));

        var definition = http.get("/engine-rest/process-definition/key/commitment-lifecycle", "minusmaAdviser")
                .json();
        var viaTasklist = http.postJson(
                "/engine-rest/process-definition/" + definition.path("id").asText() + "/submit-form",
                "minusmaAdviser",
                """
                {"variables":{"missionCode":{"value":"UNMISS"},"partyCode":{"value":"GOV-SSD"},
                 "commitmentType":{"value":"JOINT_COMMUNIQUE"},"title":{"value":"Not mine either"},
                 "targetSigningDate":{"value":"2027-03-01"},"sensitivity":{"value":"PUBLIC"}}}""");
        assertThat(viaTasklist.status()).isEqualTo(400);
        assertThat(viaTasklist.body()).contains("not a member of mission UNMISS");
    }

    @Test
    void rolesWithoutTheRightCannotOpenCommitments() {
        var response = http.postJson(
                "/api/commitments",
                "manager",
                """
                {"mission":"UNMISS","partyCode":"GOV-SSD","type":"JOINT_COMMUNIQUE","title":"Manager try","targetSigningDate":"2027-03-01"}
                """);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).contains("application/problem+json");
    }

    @Test
    void onlyDesignersAndAdminsMayDeploy() {
        String bpmn =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_designerCheck"
                    targetNamespace="http://wps.org/commitments">
                  <bpmn:process id="designer-check" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="startEvent_checked"/>
                  </bpmn:process>
                </bpmn:definitions>""";
        var adviser = http.deploy("unmissAdviser", "designer-check.bpmn", bpmn);
        assertThat(adviser.status()).as(adviser.body()).isEqualTo(403);
        assertThat(adviser.body()).contains("CREATE").contains("Deployment");
        assertThat(http.deploy("manager", "designer-check.bpmn", bpmn).status()).isEqualTo(403);
        assertThat(http.deploy("designer", "designer-check.bpmn", bpmn).status())
                .isEqualTo(200);
    }

    private static List<String> references(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        response.json().forEach(c -> references.add(c.path("reference").asText()));
        return references;
    }
}
