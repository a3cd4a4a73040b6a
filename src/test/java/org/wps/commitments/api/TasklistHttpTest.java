package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.WebappSession;

/**
 * Tasklist and Cockpit as an adviser's browser talks to them: session login with Camunda's CSRF token, the
 * filters every user starts from, the start form, a task form submitted with bad and then good values, and
 * Cockpit's counts limited to the user's mission.
 */
@TrackerTest
class TasklistHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Autowired
    org.wps.commitments.plan.PlanFixture planFixture;

    @Autowired
    org.wps.commitments.process.Jobs jobs;

    /** One browser session of one user. */
    private final class Browser {
        final WebappSession session = new WebappSession(port);

        Browser loginAs(String user) {
            return loginAs(user, "tasklist");
        }

        Browser loginAs(String user, String app) {
            session.loginAs(user, app);
            return this;
        }

        JsonNode getJson(String path) {
            var response = session.get(path);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
            return json(response.body());
        }

        HttpResponse<String> postJson(String path, String body) {
            return session.send("POST", path, body, "application/hal+json, application/json");
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private static String filterId(Browser browser, String name) {
        for (JsonNode filter : browser.getJson(ENGINE + "/filter?resourceType=Task&firstResult=0&maxResults=2000")) {
            if (filter.path("name").asText().equals(name)) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError("no filter " + name);
    }

    private static List<JsonNode> tasksIn(Browser browser, String filterId) {
        var response = browser.postJson(ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=200", "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        json(response.body()).path("_embedded").path("task").forEach(tasks::add);
        return tasks;
    }

    private static String startCommitment(Browser browser, String mission, String party, String title) {
        String definitionId = browser.getJson(ENGINE + "/process-definition/key/commitment-lifecycle")
                .path("id")
                .asText();
        var started = browser.postJson(
                ENGINE + "/process-definition/" + definitionId + "/submit-form",
                """
                {"variables":{"missionCode":{"value":"%s"},"partyCode":{"value":"%s"},
                 "commitmentType":{"value":"UNILATERAL_COMMUNIQUE"},"title":{"value":"%s"},
                 "targetSigningDate":{"value":"2027-06-30"},"sensitivity":{"value":"CONFIDENTIAL"}}}"""
                        .formatted(mission, party, title));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return json(started.body()).path("businessKey").asText();
    }

    @Test
    void cockpitCountsOnlyTheUsersMissions() {
        String unmiss =
                startCommitment(new Browser().loginAs("unmissAdviser"), "UNMISS", "SSNPS", "Cockpit check UNMISS");
        String minusma =
                startCommitment(new Browser().loginAs("minusmaAdviser"), "MINUSMA", "MAA", "Cockpit check MINUSMA");
        assertThat(unmiss).isNotEqualTo(minusma);
        for (String[] userAndTenant : new String[][] {{"unmissAdviser", "unmiss"}, {"minusmaAdviser", "minusma"}}) {
            Browser cockpit = new Browser().loginAs(userAndTenant[0], "cockpit");
            long shown = 0;
            for (JsonNode statistics : cockpit.getJson(ENGINE + "/process-definition/statistics")) {
                shown += statistics.path("instances").asLong();
            }
            assertThat(shown)
                    .as(userAndTenant[0] + " sees in Cockpit")
                    .isEqualTo(runtimeService
                            .createProcessInstanceQuery()
                            .tenantIdIn(userAndTenant[1])
                            .count());
        }
    }

    @Test
    void everyRoleFindsItsFiltersSortedByDueDate() {
        for (String user : List.of("unmissAdviser", "unmissSenior", "unmissLeader", "osrsgDesk", "manager")) {
            Browser browser = new Browser().loginAs(user);
            JsonNode filters = browser.getJson(ENGINE + "/filter?resourceType=Task&firstResult=0&maxResults=2000");
            assertThat(filters.findValuesAsText("name"))
                    .as(user)
                    .contains("My group's tasks", "My tasks", "Overdue", "Due in 7 days", "Escalations");
            for (JsonNode filter : filters) {
                assertThat(filter.path("query")
                                .path("sorting")
                                .get(0)
                                .path("sortBy")
                                .asText())
                        .isEqualTo("dueDate");
                // every filter shows the commitment's reference, the variable every process of a commitment carries
                assertThat(filter.path("properties").path("variables").findValuesAsText("name"))
                        .as(filter.path("name").asText())
                        .containsExactly(
                                org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REFERENCE.name());
            }
        }
    }

    @Test
    void overdueDueSoonAndEscalationFiltersShowOnlyTheirTasks_ofTheUsersMission() {
        Browser unmiss = new Browser().loginAs("unmissAdviser");
        String late = startCommitment(unmiss, "UNMISS", "GOV-SSD", "Filter check late");
        String soon = startCommitment(unmiss, "UNMISS", "GOV-SSD", "Filter check soon");
        String minusmaLate =
                startCommitment(new Browser().loginAs("minusmaAdviser"), "MINUSMA", "MSA", "Filter check MINUSMA");
        taskService.setDueDate(taskOf(late).getId(), new Date(System.currentTimeMillis() - 3 * 86_400_000L));
        taskService.setDueDate(taskOf(soon).getId(), new Date(System.currentTimeMillis() + 2 * 86_400_000L));
        taskService.setDueDate(taskOf(minusmaLate).getId(), new Date(System.currentTimeMillis() - 86_400_000L));

        List<String> overdue = references(tasksIn(unmiss, filterId(unmiss, "Overdue")));
        assertThat(overdue).contains(late).doesNotContain(soon, minusmaLate);
        List<String> dueSoon = references(tasksIn(unmiss, filterId(unmiss, "Due in 7 days")));
        assertThat(dueSoon).contains(soon).doesNotContain(late, minusmaLate);
        assertThat(tasksIn(unmiss, filterId(unmiss, "Escalations")))
                .as("an adviser decides no escalation")
                .isEmpty();

        // a missing plan climbs the ladder: its decision is in the senior advisers' "Escalations"
        var commitment = planFixture.signedCommitment(
                "GOV-SSD", java.time.LocalDate.now().minusMonths(13));
        planFixture.plan(commitment);
        try {
            jobs.fire(commitment.getReference(), "timer_planOverdue");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        Browser senior = new Browser().loginAs("unmissSenior");
        List<JsonNode> escalations = tasksIn(senior, filterId(senior, "Escalations"));
        assertThat(references(escalations)).contains(commitment.getReference()).doesNotContain(late, soon);
        assertThat(escalations).allMatch(t -> List.of(org.wps.commitments.identity.IdentityBootstrap.ESCALATION_TASKS)
                .contains(t.path("taskDefinitionKey").asText()));
    }

    private org.camunda.bpm.engine.task.Task taskOf(String reference) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .singleResult();
    }

    private List<String> references(List<JsonNode> tasks) {
        return tasks.stream()
                .map(t -> runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(t.path("processInstanceId").asText())
                        .singleResult()
                        .getBusinessKey())
                .toList();
    }

    @Test
    void anAdviserStartsACommitmentAndSeesOnlyTheirMissionsWork() {
        Browser unmiss = new Browser().loginAs("unmissAdviser");
        Browser minusma = new Browser().loginAs("minusmaAdviser");
        String unmissReference = startCommitment(unmiss, "UNMISS", "SPLA-IO-RM", "Tasklist check UNMISS");
        String minusmaReference = startCommitment(minusma, "MINUSMA", "MSA", "Tasklist check MINUSMA");
        assertThat(unmissReference).startsWith("UNMISS-UC-");

        List<JsonNode> unmissTasks = tasksIn(unmiss, filterId(unmiss, "My group's tasks"));
        assertThat(unmissTasks)
                .isNotEmpty()
                .allMatch(t -> t.path("tenantId").asText().equals("unmiss"));
        List<JsonNode> minusmaTasks = tasksIn(minusma, filterId(minusma, "My group's tasks"));
        assertThat(minusmaTasks)
                .isNotEmpty()
                .allMatch(t -> t.path("tenantId").asText().equals("minusma"));

        var forOtherMission = unmiss.postJson(
                ENGINE + "/process-definition/key/commitment-lifecycle/submit-form",
                """
                {"variables":{"missionCode":{"value":"MINUSMA"},"partyCode":{"value":"MSA"},
                 "commitmentType":{"value":"UNILATERAL_COMMUNIQUE"},"title":{"value":"Not my mission"},
                 "targetSigningDate":{"value":"2027-06-30"},"sensitivity":{"value":"PUBLIC"}}}""");
        assertThat(forOtherMission.statusCode()).isEqualTo(400);
        assertThat(forOtherMission.body()).contains("not a member of mission MINUSMA");
        assertThat(minusmaReference).isNotEqualTo(unmissReference);
    }

    @Test
    void aTaskFormWithMissingValuesIsRefusedAndTheTaskStaysOpen() {
        Browser unmiss = new Browser().loginAs("unmissAdviser");
        String reference = startCommitment(unmiss, "UNMISS", "GOV-SSD", "Form refusal check");
        String taskId = tasksIn(unmiss, filterId(unmiss, "My group's tasks")).stream()
                .map(t -> t.path("id").asText())
                .filter(id -> unmiss.getJson(ENGINE + "/task/" + id + "/form-variables?variableNames=reference")
                        .path("reference")
                        .path("value")
                        .asText()
                        .equals(reference))
                .findFirst()
                .orElseThrow();

        var refused = unmiss.postJson(
                ENGINE + "/task/" + taskId + "/submit-form",
                """
                {"variables":{"engagementDecision":{"value":"READY_TO_DRAFT"}}}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body()).path("message").asText())
                .contains("Please correct the following: Engagement date is required.")
                .contains("Counterpart role is required.")
                .doesNotContain("ENGINE-")
                .doesNotContain("TaskListener");
        assertThat(unmiss.getJson(ENGINE + "/task/" + taskId).path("id").asText())
                .isEqualTo(taskId);

        var accepted = unmiss.postJson(
                ENGINE + "/task/" + taskId + "/submit-form",
                """
                {"variables":{"engagementDate":{"value":"2026-02-10"},"engagementLevel":{"value":"WPA"},
                 "counterpartRole":{"value":"Minister of Defence's office"},
                 "engagementOutcome":{"value":"Agreed to prepare a text."},
                 "engagementDecision":{"value":"READY_TO_DRAFT"}}}""");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    }
}
