package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.Http;

/** {@code /api/missions}, {@code /api/parties} and {@code /api/commitments} as a client meets them. */
@TrackerTest
class CommitmentApiHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    RuntimeService runtimeService;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void partiesOfAMissionHaveStableCodes() {
        var parties = http.get("/api/parties?mission=UNMISS", "unmissAdviser");
        assertThat(parties.status()).isEqualTo(200);
        assertThat(parties.json().findValuesAsText("code"))
                .contains("GOV-SSD", "SSPDF", "SSNPS", "SPLM-IO")
                .doesNotContain("GOV-MLI");
        assertThat(http.get("/api/parties?mission=NOWHERE", "unmissAdviser").status())
                .isEqualTo(404);
    }

    @Test
    void openingACommitmentAnswers201WithItsReferenceAndStartsTheLifecycle() {
        var created = http.postJson(
                "/api/commitments",
                "unmissAdviser",
                """
                {"mission":"UNMISS","partyCode":"GOV-SSD","type":"JOINT_COMMUNIQUE",
                 "title":"Joint communiqué renewal","targetSigningDate":"2027-03-01"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().path("reference").asText();
        assertThat(reference).matches("UNMISS-JC-\\d{4}-\\d{2}");
        assertThat(created.json().path("stage").asText()).isEqualTo("ENGAGEMENT");
        assertThat(created.json().path("sensitivity").asText()).isEqualTo("CONFIDENTIAL");
        String processInstanceId = created.json().path("processInstanceId").asText();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .processInstanceBusinessKey(reference)
                        .singleResult()
                        .getTenantId())
                .isEqualTo("unmiss");

        var detail = http.get("/api/commitments/" + reference, "unmissSenior");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().path("commitment").path("title").asText()).isEqualTo("Joint communiqué renewal");
        assertThat(detail.json().path("commitment").path("partyName").asText()).isEqualTo("Government of South Sudan");
        assertThat(http.get("/api/commitments?mission=UNMISS&stage=ENGAGEMENT", "unmissAdviser")
                        .json()
                        .findValuesAsText("reference"))
                .contains(reference);
        assertThat(http.get("/api/commitments?stage=SIGNED_SOMEHOW", "unmissAdviser")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void badInputGetsAProblemDetailAndNothingIsCreated() {
        long commitmentsBefore = commitments.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();

        assertProblem(
                http.postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        """
                {"mission":"ATLANTIS","partyCode":"GOV-SSD","type":"JOINT_COMMUNIQUE","title":"x","targetSigningDate":"2027-03-01"}"""),
                "mission",
                "Mission 'ATLANTIS' is unknown");
        assertProblem(
                http.postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        """
                {"mission":"UNMISS","partyCode":"XYZ","type":"JOINT_COMMUNIQUE","title":"x","targetSigningDate":"2027-03-01"}"""),
                "partyCode",
                "Party 'XYZ' is unknown");
        assertProblem(
                http.postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        """
                {"mission":"UNMISS","partyCode":"GOV-MLI","type":"JOINT_COMMUNIQUE","title":"x","targetSigningDate":"2027-03-01"}"""),
                "partyCode",
                "is followed by mission MINUSMA, not UNMISS");
        assertProblem(
                http.postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        """
                {"mission":"UNMISS","partyCode":"GOV-SSD","type":"JOINT_COMMUNIQUE","targetSigningDate":"2027-03-01"}"""),
                "title",
                "Title is required");
        assertProblem(
                http.postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        """
                {"mission":"UNMISS","partyCode":"GOV-SSD","type":"JOINT_COMMUNIQUE","title":"x","targetSigningDate":"01/03/2027"}"""),
                "targetSigningDate",
                "must be a date written like 2027-03-01");
        assertProblem(
                http.postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        """
                {"mission":"UNMISS","partyCode":"GOV-SSD","type":"TREATY","title":"x","targetSigningDate":"2027-03-01"}"""),
                "type",
                "is not one of");
        assertProblem(
                http.postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        """
                {"mission":"UNMISS","partyCode":"GOV-SSD","type":"JOINT_COMMUNIQUE","title":"%s","targetSigningDate":"2027-03-01"}"""
                                .formatted("t".repeat(301))),
                "title",
                "at most 300 characters");

        var malformed = http.postJson("/api/commitments", "unmissAdviser", "{\"mission\": \"UNMISS\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).contains("application/problem+json");
        assertThat(malformed.json().path("detail").asText()).contains("not valid JSON");
        assertThat(http.postJson("/api/commitments", "unmissAdviser", "").status())
                .isEqualTo(400);

        assertThat(commitments.count()).isEqualTo(commitmentsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void allProblemsAreNamedAtOnce() {
        var response = http.postJson("/api/commitments", "unmissAdviser", "{}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .contains("mission", "partyCode", "type", "title", "targetSigningDate");
    }

    @Test
    void aTaskCompletedWithBadValuesIsRefusedWithAClearMessageAndStaysOpen() {
        var created = http.postJson(
                "/api/commitments",
                "unmissAdviser",
                """
                {"mission":"UNMISS","partyCode":"SSPDF","type":"ORDER_OR_DIRECTIVE","title":"Command order","targetSigningDate":"2027-06-01"}""");
        String reference = created.json().path("reference").asText();
        String taskId = http.get(
                        "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + reference, "unmissAdviser")
                .json()
                .get(0)
                .path("id")
                .asText();

        for (String action : new String[] {"complete", "submit-form"}) {
            var refused = http.postJson(
                    "/engine-rest/task/" + taskId + "/" + action,
                    "unmissAdviser",
                    """
                    {"variables":{"engagementDate":{"value":"05.01.2026"},"engagementLevel":{"value":"MINISTER"},
                     "engagementDecision":{"value":"CONTINUE"}}}""");
            assertThat(refused.status()).as(action).isEqualTo(400);
            assertThat(refused.json().path("message").asText())
                    .contains("Engagement date must be a date written like 2027-03-01")
                    .contains("Level 'MINISTER' is not one of")
                    .contains("Counterpart role is required")
                    .contains("Outcome is required");
        }
        assertThat(http.get("/engine-rest/task/" + taskId, "unmissAdviser").status())
                .isEqualTo(200);

        var accepted = http.postJson(
                "/engine-rest/task/" + taskId + "/submit-form",
                "unmissAdviser",
                """
                {"variables":{"engagementDate":{"value":"2026-01-05"},"engagementLevel":{"value":"WPA"},
                 "counterpartRole":{"value":"Chief of Defence Forces' office"},
                 "engagementOutcome":{"value":"Agreed to draft a command order."},
                 "engagementDecision":{"value":"READY_TO_DRAFT"}}}""");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        var detail = http.get("/api/commitments/" + reference, "unmissAdviser").json();
        assertThat(detail.path("commitment").path("stage").asText()).isEqualTo("DRAFTING");
        assertThat(detail.path("engagements").get(0).path("recordedBy").asText())
                .isEqualTo("unmissAdviser");
    }

    private static void assertProblem(Http.Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
        assertThat(response.json().path("detail").asText()).contains(message);
    }
}
