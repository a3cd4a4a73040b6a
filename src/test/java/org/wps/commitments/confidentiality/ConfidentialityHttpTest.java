package org.wps.commitments.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.overdue.OverdueSeed;
import org.wps.commitments.testing.Http;
import org.wps.commitments.testing.WebappSession;

/**
 * The sensitivity label enforced, not just displayed: a strictly confidential commitment is opened by a senior
 * adviser only, its tasks reach senior advisers only and carry no content, and the mission's adviser and the manager
 * see that it exists (a count, a row without party, title, reference or links) but never what it is, in the API,
 * the pages, the dashboard and its CSV. Reads by those cleared and every export are in the audit trail, which only
 * administrators read.
 */
@TrackerTest
class ConfidentialityHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    OverdueSeed seed;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    Http http;
    final List<String> instances = new ArrayList<>();

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void remove() {
        instances.forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
        instances.clear();
        seed.removeAll();
    }

    /** A commitment opened over the API, overdue in its stage since yesterday; returns its reference. */
    private String openOverdue(String user, String party, String sensitivity, String title) {
        var response = http.postJson(
                "/api/commitments",
                user,
                """
                {"mission":"UNMISS","partyCode":"%s","type":"UNILATERAL_COMMUNIQUE","title":"%s",
                 "targetSigningDate":"2027-03-01","sensitivity":"%s"}"""
                        .formatted(party, title, sensitivity));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String reference = response.json().path("reference").asText();
        instances.add(response.json().path("processInstanceId").asText());
        jdbc.update(
                "update commitment set stage_due_date = ? where reference = ?",
                Timestamp.from(Instant.now().minusSeconds(86_400L * 3)),
                reference);
        return reference;
    }

    @Test
    void onlySeniorAdvisersAndAboveOpenAStrictlyConfidentialCommitment() {
        String party = seed.party("UNMISS");
        var refused = http.postJson(
                "/api/commitments",
                "unmissAdviser",
                """
                {"mission":"UNMISS","partyCode":"%s","type":"UNILATERAL_COMMUNIQUE","title":"Talks",
                 "targetSigningDate":"2027-03-01","sensitivity":"STRICTLY_CONFIDENTIAL"}"""
                        .formatted(party));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("sensitivity").contains("Only senior advisers");
        assertThat(jdbc.queryForObject("select count(*) from commitment where party_code = ?", Long.class, party))
                .isZero();
    }

    @Test
    void itsTasksGoToSeniorAdvisersWithoutContent_andItsReferenceNamesNoType() {
        String party = seed.party("UNMISS");
        String reference = openOverdue("unmissSenior", party, "STRICTLY_CONFIDENTIAL", "Talks with the group");

        assertThat(reference).matches("UNMISS-SC-\\d{4}-\\d{2,}");
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .singleResult();
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId)
                .contains("seniorAdvisers")
                .doesNotContain("advisers", "managers");
        assertThat(task.getDescription()).startsWith("Strictly confidential").doesNotContain(party);

        // the adviser of the mission has no such task to work on
        JsonNode advisersTasks = http.get(
                        "/engine-rest/task?maxResults=50&candidateGroup=advisers&processInstanceBusinessKey="
                                + reference,
                        "unmissAdviser")
                .json();
        assertThat(advisersTasks).isEmpty();
        // and a comment on it is refused even to those cleared: comments are shown with the instance's history
        var comment = http.postJson(
                "/engine-rest/task/" + task.getId() + "/comment/create",
                "unmissSenior",
                "{\"message\":\"Meeting went well.\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(403);
    }

    @Test
    void advisersAndManagersSeeThatItExistsButNeverWhatItIs() {
        String party = seed.party("UNMISS");
        String strict = openOverdue("unmissSenior", party, "STRICTLY_CONFIDENTIAL", "Canary talks Zebra-42");
        String confidential = openOverdue("unmissAdviser", party, "CONFIDENTIAL", "Open talks");
        long strictId = commitments.findByReference(strict).orElseThrow().getId();

        for (String user : List.of("unmissAdviser", "manager")) {
            assertThat(http.get("/api/commitments/" + strict, user).status())
                    .as(user)
                    .isEqualTo(404);
            assertThat(http.get("/api/commitments/" + strict + "/timeline", user)
                            .status())
                    .as(user)
                    .isEqualTo(404);
            assertThat(http.get("/commitments/" + strict, user).status())
                    .as(user)
                    .isEqualTo(404);
            assertThat(http.get("/api/commitments?mission=UNMISS", user).body())
                    .as(user)
                    .doesNotContain(strict)
                    .doesNotContain("Zebra-42")
                    .contains(confidential);

            // the dashboard's rows: one row for it, without what it is
            JsonNode rows = http.get("/api/overdue?mission=UNMISS&size=500", user)
                    .json()
                    .path("items");
            JsonNode row = find(rows, "COMMITMENT", strictId);
            assertThat(row).as(user + " " + rows).isNotNull();
            assertThat(row.path("item").asText()).isEqualTo("Strictly confidential item");
            assertThat(row.path("partyCode").isNull()).isTrue();
            assertThat(row.path("commitmentReference").isNull()).isTrue();
            assertThat(row.path("taskUrl").isNull()).isTrue();
            assertThat(row.path("cockpitUrl").isNull()).isTrue();
            assertThat(row.path("commitmentUrl").isNull()).isTrue();
            assertThat(row.path("daysOverdue").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(rows.toString()).doesNotContain("Zebra-42").doesNotContain(strict);
            // under its party it does not appear at all: that would say whom it concerns
            JsonNode ofParty =
                    http.get("/api/overdue?party=" + party, user).json().path("items");
            assertThat(find(ofParty, "COMMITMENT", strictId)).isNull();
            assertThat(ofParty.toString()).contains(confidential);
            // the CSV holds the same redacted row
            String csv = http.get("/api/overdue?mission=UNMISS&size=500", user, "text/csv")
                    .body();
            assertThat(csv)
                    .contains("Strictly confidential item")
                    .doesNotContain("Zebra-42")
                    .doesNotContain(strict);
        }
        // counts may show it: the manager's stats count both
        JsonNode stats = http.get("/api/stats?mission=UNMISS", "manager").json();
        assertThat(stats.path("overdue").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void thoseClearedSeeIt_andTheirReadsAndEveryExportAreAudited() {
        String party = seed.party("UNMISS");
        String strict = openOverdue("unmissSenior", party, "STRICTLY_CONFIDENTIAL", "Cleared talks");
        long strictId = commitments.findByReference(strict).orElseThrow().getId();

        for (String user : List.of("unmissSenior", "osrsgDesk")) {
            var detail = http.get("/api/commitments/" + strict, user);
            assertThat(detail.status()).as(user).isEqualTo(200);
            assertThat(detail.body()).contains("Cleared talks");
            JsonNode row =
                    find(http.get("/api/overdue?party=" + party, user).json().path("items"), "COMMITMENT", strictId);
            assertThat(row.path("commitmentReference").asText()).isEqualTo(strict);
        }
        assertThat(http.get("/commitments/" + strict, "unmissSenior").status()).isEqualTo(200);
        String taskId = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(strict)
                .singleResult()
                .getId();
        assertThat(http.get("/engine-rest/task/" + taskId + "/form-variables", "unmissSenior")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/overdue?mission=UNMISS", "manager", "text/csv")
                        .status())
                .isEqualTo(200);

        assertThat(http.get("/api/audit", "manager").status()).isEqualTo(403);
        assertThat(http.get("/api/audit", "unmissSenior").status()).isEqualTo(403);
        var trail = http.get("/api/audit?size=500", "admin");
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        trail.json()
                .forEach(e -> entries.add(e.path("userId").asText() + " "
                        + e.path("action").asText() + " " + e.path("subject").asText()));
        assertThat(entries)
                .contains("unmissSenior READ_STRICTLY_CONFIDENTIAL commitment " + strict)
                .contains("osrsgDesk READ_STRICTLY_CONFIDENTIAL commitment " + strict)
                .anyMatch(e -> e.startsWith("unmissSenior READ_STRICTLY_CONFIDENTIAL task " + taskId))
                .contains("manager EXPORT GET /api/overdue as CSV");
        assertThat(http.get("/api/audit?action=EXPORT&user=manager", "admin").json())
                .allSatisfy(e -> assertThat(e.path("action").asText()).isEqualTo("EXPORT"));
        assertThat(http.get("/api/audit?action=NOPE", "admin").status()).isEqualTo(400);
    }

    /**
     * The mission's adviser and the manager hold tenant rights to the mission's tasks, instances and history; what
     * belongs to a strictly confidential item is left out of every list the engine's API and Tasklist answer them,
     * and a look-up of one of its tasks or instances by id is refused.
     */
    @Test
    void theEngineApiAndTasklistHideItsTasksVariablesAndHistoryFromThoseNotCleared() throws Exception {
        String party = seed.party("UNMISS");
        String strict = openOverdue("unmissSenior", party, "STRICTLY_CONFIDENTIAL", "Canary talks Okapi-17");
        String open = openOverdue("unmissAdviser", party, "CONFIDENTIAL", "Open talks");
        Task task =
                taskService.createTaskQuery().processInstanceBusinessKey(strict).singleResult();
        String instance = task.getProcessInstanceId();

        for (String user : List.of("unmissAdviser", "manager")) {
            for (String path : List.of(
                    "/engine-rest/task?maxResults=200",
                    "/engine-rest/task?maxResults=200&processInstanceBusinessKey=" + strict,
                    "/engine-rest/process-instance?maxResults=200",
                    "/engine-rest/variable-instance?maxResults=2000&processInstanceIdIn=" + instance,
                    "/engine-rest/history/variable-instance?maxResults=2000",
                    "/engine-rest/history/process-instance?maxResults=200&processInstanceBusinessKey=" + strict,
                    "/engine-rest/history/task?maxResults=200",
                    "/engine-rest/history/activity-instance?maxResults=2000&processInstanceId=" + instance,
                    "/engine-rest/history/detail?maxResults=2000&processInstanceId=" + instance)) {
                var answer = http.get(path, user);
                // a list asked for by the hidden instance's id is refused; any other leaves its rows out
                assertThat(answer.status()).as(user + " " + path).isIn(200, 403);
                if (answer.status() == 200) {
                    assertThat(answer.body())
                            .as(user + " " + path)
                            .doesNotContain(instance)
                            .doesNotContain(task.getId())
                            .doesNotContain("Okapi-17");
                }
            }
            assertThat(http.get("/engine-rest/task/" + task.getId(), user).status())
                    .as(user)
                    .isIn(403, 404);
            // Tasklist, signed in: its filters' lists and the task's form
            var tasklist = new WebappSession(port).loginAs(user, "tasklist");
            String filters = tasklist.get(
                            "/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=50")
                    .body();
            JsonNode filterList = new com.fasterxml.jackson.databind.ObjectMapper().readTree(filters);
            assertThat(filterList.isArray() && !filterList.isEmpty())
                    .as(filters)
                    .isTrue();
            for (JsonNode filter : filterList) {
                var page = tasklist.send(
                        "POST",
                        "/camunda/api/engine/engine/default/filter/"
                                + filter.path("id").asText() + "/list?firstResult=0&maxResults=200",
                        "{}");
                assertThat(page.statusCode()).as(user + " filter " + filter).isEqualTo(200);
                assertThat(page.body()).as(user + " filter " + filter).doesNotContain(task.getId());
            }
            assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + task.getId() + "/form-variables")
                            .statusCode())
                    .as(user)
                    .isIn(403, 404);
            for (String path : List.of(
                    "/engine-rest/task/" + task.getId() + "/variables",
                    "/engine-rest/task/" + task.getId() + "/form-variables",
                    "/engine-rest/process-instance/" + instance + "/variables",
                    "/engine-rest/process-instance/" + instance + "/activity-instances")) {
                var answer = http.get(path, user);
                assertThat(answer.status()).as(user + " " + path).isIn(403, 404);
                assertThat(answer.body()).as(user + " " + path).doesNotContain("Okapi-17");
            }
            assertThat(http.get("/engine-rest/history/process-instance/" + instance, user)
                            .status())
                    .as(user)
                    .isIn(403, 404);
        }
        // her own mission's other work still shows, and counts still count the hidden item
        assertThat(http.get(
                                "/engine-rest/history/process-instance?maxResults=200&processInstanceBusinessKey="
                                        + open,
                                "unmissAdviser")
                        .json())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.path("businessKey").asText()).isEqualTo(open));
        // those cleared read all of it
        var cleared = http.get("/engine-rest/task/" + task.getId() + "/variables", "unmissSenior");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(http.get("/engine-rest/history/process-instance/" + instance, "osrsgDesk")
                        .status())
                .isEqualTo(200);
    }

    private static JsonNode find(JsonNode rows, String kind, long id) {
        for (JsonNode row : rows) {
            if (kind.equals(row.path("kind").asText()) && row.path("id").asLong() == id) {
                return row;
            }
        }
        return null;
    }
}
