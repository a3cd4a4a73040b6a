package org.wps.commitments.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.engagement.EngagementRecordRepository;
import org.wps.commitments.testing.Http;

/**
 * Defence in depth behind the engine API guard: should a process variable ever point at another mission's item (here
 * written by an administrator's own code, which the guard lets through), the task's listener refuses to read or
 * write it, on both paths that take a form: submitted over the REST API and completed through the Java API.
 */
@TrackerTest
class MissionScopeCheckHttpTest {

    private static final Map<String, Object> ENGAGEMENT = Map.of(
            "engagementDate", "2026-01-05",
            "engagementLevel", "WPA",
            "counterpartRole", "Minister of Gender",
            "engagementOutcome", "Ready to draft.",
            "engagementDecision", "CONTINUE");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    EngagementRecordRepository engagements;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String open(String user, String mission, String party) {
        var response = http.postJson(
                "/api/commitments",
                user,
                """
                {"mission":"%s","partyCode":"%s","type":"JOINT_COMMUNIQUE","title":"Scope check","targetSigningDate":"2027-03-01"}
                """
                        .formatted(mission, party));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("processInstanceId").asText();
    }

    private long commitmentIdOf(String processInstanceId) {
        return (Long) runtimeService.getVariable(processInstanceId, "commitmentId");
    }

    @Test
    void aFormSubmittedOverRestNeverTouchesAnotherMissionsCommitment() {
        String unmiss = open("unmissAdviser", "UNMISS", "GOV-SSD");
        long minusmaId = commitmentIdOf(open("minusmaAdviser", "MINUSMA", "GOV-MLI"));
        runtimeService.setVariable(unmiss, "commitmentId", minusmaId);
        String taskId = taskService
                .createTaskQuery()
                .processInstanceId(unmiss)
                .singleResult()
                .getId();
        long before = engagements.count();

        for (String endpoint : List.of("submit-form", "complete")) {
            var refused = http.postJson(
                    "/engine-rest/task/" + taskId + "/" + endpoint,
                    "unmissAdviser",
                    """
                    {"variables":{"engagementDate":{"value":"2026-01-05"},"engagementLevel":{"value":"WPA"},
                     "counterpartRole":{"value":"Minister of Gender"},"engagementOutcome":{"value":"Ready to draft."},
                     "engagementDecision":{"value":"CONTINUE"}}}""");
            assertThat(refused.status()).as(endpoint + " " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("works for mission UNMISS").contains("of mission MINUSMA");
        }
        assertThat(engagements.count()).isEqualTo(before);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(commitments.findById(minusmaId).orElseThrow().getStageDueDate())
                .isNotNull();
    }

    @Test
    void aTaskCompletedThroughTheJavaApiNeverTouchesAnotherMissionsCommitment() {
        String unmiss = open("unmissAdviser", "UNMISS", "SSNPS");
        long minusmaId = commitmentIdOf(open("minusmaAdviser", "MINUSMA", "PLATEFORME"));
        runtimeService.setVariable(unmiss, "commitmentId", minusmaId);
        String taskId = taskService
                .createTaskQuery()
                .processInstanceId(unmiss)
                .singleResult()
                .getId();
        long before = engagements.count();

        identityService.setAuthentication("unmissAdviser", List.of("advisers"), List.of("unmiss"));
        try {
            assertThatThrownBy(() -> taskService.complete(taskId, ENGAGEMENT))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("of mission MINUSMA");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(engagements.count()).isEqualTo(before);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }
}
