package org.wps.commitments.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.engagement.EngagementRecordRepository;
import org.wps.commitments.testing.Http;
import org.wps.commitments.testing.WebappSession;

/**
 * The engine's APIs as an attacker with an adviser's login tries them: process-owned variables written over
 * {@code /engine-rest} (another mission's commitment id, a flag that skipped the form checks), fields a task's form does
 * not have, and every other endpoint that writes variables or moves a process. Each is refused with 403 naming what
 * was refused, and nothing changes.
 */
@TrackerTest
class EngineApiGuardHttpTest {

    private static final String ENGAGEMENT_FORM =
            """
            "engagementDate":{"value":"2026-01-05"},"engagementLevel":{"value":"WPA"},
            "counterpartRole":{"value":"Minister of Gender"},"engagementOutcome":{"value":"Ready to draft."},
            "engagementDecision":{"value":"CONTINUE"}""";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    EngagementRecordRepository engagements;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A commitment opened over our API, with the id of its open task and its process instance. */
    record Opened(String reference, long commitmentId, String processInstanceId, String taskId) {}

    private Opened open(String user, String mission, String party) {
        var response = http.postJson(
                "/api/commitments",
                user,
                """
                {"mission":"%s","partyCode":"%s","type":"JOINT_COMMUNIQUE","title":"Guard check","targetSigningDate":"2027-03-01"}
                """
                        .formatted(mission, party));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String reference = response.json().path("reference").asText();
        String processInstanceId = response.json().path("processInstanceId").asText();
        long id = commitments.findByReference(reference).orElseThrow().getId();
        String taskId = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getId();
        return new Opened(reference, id, processInstanceId, taskId);
    }

    @Test
    void anAdviserCannotPointHerTaskAtAnotherMissionsCommitment() {
        Opened unmiss = open("unmissAdviser", "UNMISS", "GOV-SSD");
        Opened minusma = open("minusmaAdviser", "MINUSMA", "GOV-MLI");

        var refused = http.send(
                "PUT",
                "/engine-rest/task/" + unmiss.taskId() + "/variables/commitmentId",
                "unmissAdviser",
                "application/json",
                "{\"value\":" + minusma.commitmentId() + ",\"type\":\"Long\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("'commitmentId'");
        assertThat(runtimeService.getVariable(unmiss.processInstanceId(), "commitmentId"))
                .isEqualTo(unmiss.commitmentId());

        // the task, completed with its form, still records on its own commitment and never on the other one
        var completed = http.postJson(
                "/engine-rest/task/" + unmiss.taskId() + "/submit-form",
                "unmissAdviser",
                "{\"variables\":{" + ENGAGEMENT_FORM + "}}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
        assertThat(engagements.findAll())
                .anyMatch(e -> e.getCommitmentId() == unmiss.commitmentId())
                .noneMatch(e -> e.getCommitmentId() == minusma.commitmentId());
    }

    @Test
    void noFlagAClientSetsSwitchesTheFormChecksOff() {
        Opened unmiss = open("unmissAdviser", "UNMISS", "SSNPS");

        var refused = http.send(
                "PUT",
                "/engine-rest/task/" + unmiss.taskId() + "/localVariables/formTaken",
                "unmissAdviser",
                "application/json",
                "{\"value\":true,\"type\":\"Boolean\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("'formTaken'");

        // even a task-local formTaken written by an administrator's own code no longer skips the checks
        taskService.setVariableLocal(unmiss.taskId(), "formTaken", true);
        var empty = http.postJson(
                "/engine-rest/task/" + unmiss.taskId() + "/submit-form", "unmissAdviser", "{\"variables\":{}}");
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("is required");
        assertThat(taskService.createTaskQuery().taskId(unmiss.taskId()).count())
                .isEqualTo(1);
    }

    @Test
    void onlyTheFieldsOfTheTasksFormCanBeSubmitted() {
        Opened unmiss = open("unmissAdviser", "UNMISS", "SSPDF");

        for (String endpoint : List.of("submit-form", "complete")) {
            var refused = http.postJson(
                    "/engine-rest/task/" + unmiss.taskId() + "/" + endpoint,
                    "unmissAdviser",
                    "{\"variables\":{" + ENGAGEMENT_FORM + ",\"stage\":{\"value\":\"CLOSED\"},"
                            + "\"commitmentId\":{\"value\":1,\"type\":\"Long\"}}}");
            assertThat(refused.status()).as(endpoint + " " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("'commitmentId'").contains("'stage'");
        }
        // a transient variable is a variable too
        var transientOne = http.postJson(
                "/engine-rest/task/" + unmiss.taskId() + "/submit-form",
                "unmissAdviser",
                "{\"variables\":{" + ENGAGEMENT_FORM
                        + ",\"missionCode\":{\"value\":\"MINUSMA\",\"valueInfo\":{\"transient\":true}}}}");
        assertThat(transientOne.status()).as(transientOne.body()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(unmiss.taskId()).count())
                .isEqualTo(1);
        assertThat(runtimeService.getVariable(unmiss.processInstanceId(), "stage"))
                .isEqualTo("ENGAGEMENT");

        var accepted = http.postJson(
                "/engine-rest/task/" + unmiss.taskId() + "/submit-form",
                "unmissAdviser",
                "{\"variables\":{" + ENGAGEMENT_FORM + "}}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
    }

    /** Every other way of the engine's REST API to write variables or to move a process, tried by the adviser. */
    static Stream<List<String>> writesAnAdviserMayNotMake() {
        return Stream.of(
                List.of("PUT", "/task/{task}/variables/reference", "{\"value\":\"MINUSMA-JC-2019\"}"),
                List.of("POST", "/task/{task}/variables", "{\"modifications\":{\"reference\":{\"value\":\"x\"}}}"),
                List.of("DELETE", "/task/{task}/variables/reference", ""),
                List.of("PUT", "/task/{task}/localVariables/engagementOutcome", "{\"value\":\"unchecked text\"}"),
                List.of("POST", "/task/{task}/localVariables", "{\"modifications\":{\"x\":{\"value\":\"y\"}}}"),
                List.of("PUT", "/process-instance/{pi}/variables/missionCode", "{\"value\":\"MINUSMA\"}"),
                List.of(
                        "POST",
                        "/process-instance/{pi}/variables",
                        "{\"modifications\":{\"stage\":{\"value\":\"X\"}}}"),
                List.of("DELETE", "/process-instance/{pi}/variables/commitmentId", ""),
                List.of("PUT", "/execution/{pi}/localVariables/commitmentId", "{\"value\":1,\"type\":\"Long\"}"),
                List.of("POST", "/execution/{pi}/localVariables", "{\"modifications\":{\"x\":{\"value\":\"y\"}}}"),
                List.of(
                        "POST",
                        "/process-instance/{pi}/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"userTask_recordSigning\"}]}"),
                List.of(
                        "POST",
                        "/process-instance/variables-async",
                        "{\"processInstanceIds\":[\"{pi}\"],\"variables\":{\"stage\":{\"value\":\"X\"}}}"),
                List.of(
                        "POST",
                        "/message",
                        "{\"messageName\":\"anything\",\"processInstanceId\":\"{pi}\","
                                + "\"processVariables\":{\"stage\":{\"value\":\"X\"}}}"),
                List.of("POST", "/signal", "{\"name\":\"anything\",\"variables\":{\"stage\":{\"value\":\"X\"}}}"),
                List.of("POST", "/task/{task}/bpmnError", "{\"errorCode\":\"anything\"}"),
                List.of("POST", "/task/{task}/bpmnEscalation", "{\"escalationCode\":\"anything\"}"),
                List.of("PUT", "/task/{task}", "{\"name\":\"Renamed\",\"due\":\"2030-01-01T00:00:00.000+0000\"}"),
                List.of("POST", "/task/{task}/identity-links", "{\"groupId\":\"managers\",\"type\":\"candidate\"}"),
                List.of("POST", "/task/create", "{\"id\":\"standalone\",\"name\":\"Standalone task\"}"),
                List.of("POST", "/condition", "{\"variables\":{\"stage\":{\"value\":\"X\"}}}"),
                List.of(
                        "POST",
                        "/process-definition/key/commitment-lifecycle/start",
                        "{\"businessKey\":\"MINUSMA-JC-2019\",\"variables\":{\"missionCode\":{\"value\":\"UNMISS\"}}}"),
                List.of(
                        "POST",
                        "/process-definition/key/commitment-lifecycle/start",
                        "{\"skipCustomListeners\":true,\"startInstructions\":"
                                + "[{\"type\":\"startBeforeActivity\",\"activityId\":\"userTask_recordSigning\"}]}"),
                List.of(
                        "POST",
                        "/process-definition/key/commitment-lifecycle/submit-form",
                        "{\"variables\":{\"missionCode\":{\"value\":\"UNMISS\"},\"commitmentId\":{\"value\":1,"
                                + "\"type\":\"Long\"}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writesAnAdviserMayNotMake")
    void everyOtherWriteIsRefused(List<String> call) {
        Opened unmiss = open("unmissAdviser", "UNMISS", "GOV-SSD");
        Map<String, Object> before = runtimeService.getVariables(unmiss.processInstanceId());
        long instances = runtimeService.createProcessInstanceQuery().count();
        String path = call.get(1).replace("{task}", unmiss.taskId()).replace("{pi}", unmiss.processInstanceId());
        String body = call.get(2).replace("{task}", unmiss.taskId()).replace("{pi}", unmiss.processInstanceId());

        var refused = http.send(
                call.get(0),
                "/engine-rest" + path,
                "unmissAdviser",
                body.isEmpty() ? null : "application/json",
                body.isEmpty() ? null : body);

        assertThat(refused.status()).as(refused.body()).isIn(403, 400);
        assertThat(refused.body()).doesNotContain("Exception:").doesNotContain("at org.");
        assertThat(runtimeService.getVariables(unmiss.processInstanceId())).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        var task = taskService.createTaskQuery().taskId(unmiss.taskId()).singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getName()).isEqualTo("Record engagement with party");
        assertThat(taskService.getIdentityLinksForTask(unmiss.taskId()))
                .noneMatch(link -> "managers".equals(link.getGroupId()));
        assertThat(taskService.createTaskQuery().taskId("standalone").count()).isZero();
    }

    @Test
    void theWebappsCopyOfTheApiHoldsTheSameBoundary() {
        Opened unmiss = open("unmissAdviser", "UNMISS", "SSNPS");
        Opened minusma = open("minusmaAdviser", "MINUSMA", "PLATEFORME");
        var session = new WebappSession(port).loginAs("unmissAdviser", "tasklist");

        var refused = session.send(
                "PUT",
                "/camunda/api/engine/engine/default/task/" + unmiss.taskId() + "/variables/commitmentId",
                "{\"value\":" + minusma.commitmentId() + ",\"type\":\"Long\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("'commitmentId'");
        assertThat(runtimeService.getVariable(unmiss.processInstanceId(), "commitmentId"))
                .isEqualTo(unmiss.commitmentId());
    }

    @Test
    void administratorsMayStillRepairAVariable() {
        Opened unmiss = open("unmissAdviser", "UNMISS", "SPLM-IO");

        var repaired = http.send(
                "PUT",
                "/engine-rest/process-instance/" + unmiss.processInstanceId() + "/variables/repairNote",
                "admin",
                "application/json",
                "{\"value\":\"checked\"}");

        assertThat(repaired.status()).as(repaired.body()).isEqualTo(204);
        assertThat(runtimeService.getVariable(unmiss.processInstanceId(), "repairNote"))
                .isEqualTo("checked");
    }

    @Test
    void commentsGetThePersonalDataCheck() {
        Opened unmiss = open("unmissAdviser", "UNMISS", "GOV-SSD");

        var refused = http.postJson(
                "/engine-rest/task/" + unmiss.taskId() + "/comment/create",
                "unmissAdviser",
                "{\"message\":\"Met the survivor Mary Akol, phone +211 912 345 678.\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("personal data");
        assertThat(taskService.getTaskComments(unmiss.taskId())).isEmpty();

        var accepted = http.postJson(
                "/engine-rest/task/" + unmiss.taskId() + "/comment/create",
                "unmissAdviser",
                "{\"message\":\"Follow-up meeting planned with the ministry.\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(taskService.getTaskComments(unmiss.taskId())).hasSize(1);
    }

    @Test
    void peopleStillClaimAndHandTasksOn() {
        Opened unmiss = open("unmissAdviser", "UNMISS", "SSPDF");

        assertThat(http.postJson(
                                "/engine-rest/task/" + unmiss.taskId() + "/claim",
                                "unmissAdviser",
                                "{\"userId\":\"unmissAdviser\"}")
                        .status())
                .isEqualTo(204);
        assertThat(http.postJson("/engine-rest/task/" + unmiss.taskId() + "/unclaim", "unmissAdviser", "{}")
                        .status())
                .isEqualTo(204);
        var followUp = http.send(
                "PUT",
                "/engine-rest/task/" + unmiss.taskId(),
                "unmissAdviser",
                "application/json",
                taskAsJson(unmiss.taskId(), "2027-01-10T09:00:00.000+0000"));
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(204);
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(unmiss.taskId())
                        .singleResult()
                        .getFollowUpDate())
                .isNotNull();
    }

    /** The task as Tasklist sends it back with a new follow-up date: every other property unchanged. */
    private String taskAsJson(String taskId, String followUp) {
        var task = http.get("/engine-rest/task/" + taskId, "unmissAdviser").json();
        var copy = (com.fasterxml.jackson.databind.node.ObjectNode) task.deepCopy();
        copy.put("followUp", followUp);
        copy.remove(List.of("camundaFormRef", "_links", "_embedded", "links"));
        return copy.toString();
    }
}
