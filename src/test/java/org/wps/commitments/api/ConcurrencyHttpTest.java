package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.plan.ActivityFollowUpProcess;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanFixture;
import org.wps.commitments.process.Jobs;
import org.wps.commitments.testing.Http;
import org.wps.commitments.testing.WebappSession;

/**
 * Fifty advisers at once over HTTP: they list their group's tasks, claim one each, submit its form, and race for
 * the same task, the same activity's deadline and the same progress report. Nothing answers 5xx; every race has
 * one winner and the others hear 409 (or 412 for a stale {@code If-Match}) with a message saying what happened;
 * and the database holds exactly what was accepted, nothing lost and nothing extra.
 */
@TrackerTest
class ConcurrencyHttpTest {

    private static final int CLIENTS = 50;
    private static final int RACERS = 10;
    private static final LocalDate TODAY = LocalDate.parse("2027-01-04");
    private static final LocalDate DEADLINE = LocalDate.parse("2027-03-31");
    private static final String TASKS = "/engine-rest/task";
    private static final String TASKLIST_TASKS = "/camunda/api/engine/engine/default/task";
    private static final String REPORT_PROGRESS = ActivityFollowUpProcess.Elements.REPORT_PROGRESS;
    private static final String RECORD_ENGAGEMENT = "userTask_recordEngagement";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    PlanFixture fixture;

    @Autowired
    IdentityService identityService;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    /** Fifty advisers of UNMISS of their own, so that "claimed by whom" has one answer per client. */
    private final List<String> advisers = IntStream.rangeClosed(1, CLIENTS)
            .mapToObj(i -> "concAdviser%02d".formatted(i))
            .toList();

    /** Every reply any client got in the running test. */
    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        for (String id : advisers) {
            if (identityService.createUserQuery().userId(id).count() > 0) {
                continue;
            }
            // no e-mail address: other tests' mails to UNMISS advisers must not change
            User user = identityService.newUser(id);
            user.setFirstName("Concurrent");
            user.setLastName(id);
            user.setPassword(Http.PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(id, Roles.ADVISERS);
            identityService.createTenantUserMembership("unmiss", id);
        }
        pool = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        ClockUtil.reset();
        advisers.forEach(identityService::deleteUser);
    }

    @Test
    void fiftyClients_claimAndCompleteTasksTogether_eachTaskOnceByItsClaimer() throws Exception {
        List<String> references = new ArrayList<>();
        Map<String, Long> activityOfInstance = new HashMap<>();
        for (int c = 0; c < 2; c++) {
            Followed followed = follow(20);
            references.add(followed.reference());
            followed.activities().forEach(a -> activityOfInstance.put(a.getProcessInstanceId(), a.getId()));
        }
        for (int c = 0; c < 12; c++) {
            var opened = new Client("unmissAdviser")
                    .post(
                            "/api/commitments",
                            "{\"mission\":\"UNMISS\",\"partyCode\":\"GOV-SSD\",\"type\":\"ORDER_OR_DIRECTIVE\","
                                    + "\"title\":\"Concurrency check " + c
                                    + "\",\"targetSigningDate\":\"2027-06-01\"}");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            references.add(opened.json().path("reference").asText());
        }
        // paged: the engine refuses unbound lists (query-max-results-limit)
        String open = TASKS + "?firstResult=0&maxResults=500&unassigned=true&processInstanceBusinessKeyIn="
                + String.join(",", references);
        var listed = new Client("unmissAdviser").get(open);
        assertThat(listed.json()).hasSize(52);

        List<Work> works = atOnce(CLIENTS, i -> () -> {
            Client client = new Client(advisers.get(i));
            List<JsonNode> tasks = new ArrayList<>();
            client.get(open).json().forEach(tasks::add);
            // everyone tries the tasks in an order of their own: many claims collide
            Collections.shuffle(tasks, new Random(i % 5));
            for (JsonNode task : tasks) {
                String id = task.path("id").asText();
                var claim = client.post(TASKS + "/" + id + "/claim", "{\"userId\":\"" + client.user + "\"}");
                if (claim.status() == 204) {
                    String key = task.path("taskDefinitionKey").asText();
                    var done = client.post(TASKS + "/" + id + "/submit-form", formOf(key, i + 1, client.user));
                    return new Work(
                            client.user, id, key, task.path("processInstanceId").asText(), done);
                }
            }
            return new Work(client.user, null, null, null, null);
        });

        assertNoServerError();
        assertThat(works)
                .allSatisfy(w ->
                        assertThat(w.taskId()).as(w.user() + " claimed a task").isNotNull());
        Map<String, String> claimerOf = new HashMap<>();
        works.forEach(w -> assertThat(claimerOf.put(w.taskId(), w.user()))
                .as("task %s claimed twice", w.taskId())
                .isNull());
        for (Reply claim : replies(r -> r.path().endsWith("/claim"))) {
            String taskId = claim.path().split("/")[3];
            if (claim.status() != 204) {
                assertThat(claim.status()).as(claim.toString()).isEqualTo(409);
                assertThat(claim.message())
                        .as(claim.toString())
                        .containsAnyOf(
                                "already claimed by " + claimerOf.get(taskId),
                                "already completed by " + claimerOf.get(taskId));
            }
        }
        // a report task done early is followed by the activity's next one, which a later client may take too
        Map<Long, List<List<Object>>> reportsByActivity = new HashMap<>();
        Map<String, List<String>> engagementsByCommitment = new HashMap<>();
        for (Work work : works) {
            assertThat(work.done().status()).as(work.done().toString()).isEqualTo(204);
            HistoricTaskInstance done = historyService
                    .createHistoricTaskInstanceQuery()
                    .taskId(work.taskId())
                    .singleResult();
            assertThat(done.getAssignee()).isEqualTo(work.user());
            assertThat(done.getDeleteReason()).isEqualTo("completed");
            if (work.taskKey().equals(REPORT_PROGRESS)) {
                reportsByActivity
                        .computeIfAbsent(activityOfInstance.get(work.processInstanceId()), a -> new ArrayList<>())
                        .add(List.of(work.user(), advisers.indexOf(work.user()) + 1, "EV-" + work.user()));
            } else {
                String reference = runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(work.processInstanceId())
                        .singleResult()
                        .getBusinessKey();
                engagementsByCommitment
                        .computeIfAbsent(reference, r -> new ArrayList<>())
                        .add(work.user());
            }
        }
        for (long activityId : activityOfInstance.values()) {
            List<List<Object>> stored = reportsOf(activityId);
            assertThat(stored)
                    .as("reports of activity %s", activityId)
                    .containsExactlyInAnyOrderElementsOf(reportsByActivity.getOrDefault(activityId, List.of()));
            if (!stored.isEmpty()) {
                assertThat(jdbc.queryForObject(
                                "select progress_pct from plan_activity where id = ?", Integer.class, activityId))
                        .as("activity %s shows its last report", activityId)
                        .isEqualTo(stored.get(stored.size() - 1).get(1));
            }
        }
        for (String reference : references.subList(2, references.size())) {
            List<String> recordedBy = new ArrayList<>();
            new Client("unmissAdviser")
                    .get("/api/commitments/" + reference)
                    .json()
                    .path("engagements")
                    .forEach(e -> recordedBy.add(e.path("recordedBy").asText()));
            assertThat(recordedBy)
                    .as("engagements of %s", reference)
                    .containsExactlyInAnyOrderElementsOf(engagementsByCommitment.getOrDefault(reference, List.of()));
        }
        List<String> stillOpen = new ArrayList<>();
        new Client("unmissAdviser")
                .get(open)
                .json()
                .forEach(t -> stillOpen.add(t.path("id").asText()));
        List<String> neverClaimed = new ArrayList<>();
        listed.json().forEach(t -> neverClaimed.add(t.path("id").asText()));
        neverClaimed.removeAll(claimerOf.keySet());
        assertThat(neverClaimed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stillOpen)
                .as("the tasks nobody claimed are still open, none of the completed ones")
                .containsAll(neverClaimed)
                .doesNotContainAnyElementsOf(claimerOf.keySet());
    }

    @Test
    void racingForOneTask_oneClaimsIt_oneCompletesIt_theOthersHear409AndNothingOfTheirsIsKept() throws Exception {
        Followed followed = follow(1);
        long activityId = followed.activities().get(0).getId();
        String taskId = reportTaskOf(followed.activities().get(0)).getId();

        List<Reply> claims = atOnce(
                RACERS,
                i -> () -> new Client(advisers.get(i))
                        .post(TASKS + "/" + taskId + "/claim", "{\"userId\":\"" + advisers.get(i) + "\"}"));

        assertNoServerError();
        assertThat(claims).as("%s", claims).filteredOn(r -> r.status() == 204).hasSize(1);
        String claimer = claims.stream()
                .filter(r -> r.status() == 204)
                .findFirst()
                .orElseThrow()
                .user();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo(claimer);
        assertThat(claims)
                .filteredOn(r -> r.status() != 204)
                .hasSize(RACERS - 1)
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.toString()).isEqualTo(409);
                    assertThat(r.contentType()).startsWith("application/json");
                    assertThat(r.message())
                            .as(r.toString())
                            .contains("Task " + taskId + " is already claimed by " + claimer);
                });

        // everyone of the group may still submit the report: the first one in wins, the others are told
        List<Reply> reports = atOnce(
                RACERS,
                i -> () -> new Client(advisers.get(i))
                        .post(TASKS + "/" + taskId + "/submit-form", formOf(REPORT_PROGRESS, i + 1, advisers.get(i))));

        assertNoServerError();
        assertThat(reports).as("%s", reports).filteredOn(r -> r.status() == 204).hasSize(1);
        String reporter = reports.stream()
                .filter(r -> r.status() == 204)
                .findFirst()
                .orElseThrow()
                .user();
        assertThat(reports)
                .filteredOn(r -> r.status() != 204)
                .hasSize(RACERS - 1)
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.toString()).isEqualTo(409);
                    assertThat(r.message())
                            .as(r.toString())
                            .contains("Task " + taskId + " was already completed by " + reporter);
                });
        int pct = advisers.indexOf(reporter) + 1;
        assertThat(reportsOf(activityId)).containsExactly(List.of(reporter, pct, "EV-" + reporter));
        var activity =
                new Client("unmissAdviser").get("/api/activities/" + activityId).json();
        assertThat(activity.path("progressPct").asInt()).isEqualTo(pct);
        assertThat(activity.path("status").asText()).isEqualTo("IN_PROGRESS");

        // a late claim, a late completion and an unknown task: the same answers, one at a time
        var lateClaim = new Client(advisers.get(0))
                .post(TASKS + "/" + taskId + "/claim", "{\"userId\":\"" + advisers.get(0) + "\"}");
        assertThat(lateClaim.status()).isEqualTo(409);
        assertThat(lateClaim.message()).contains("was already completed by " + reporter);
        var unknown = new Client(advisers.get(0)).post(TASKS + "/no-such-task/claim", "{\"userId\":\"x\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        var otherMission = new Client("minusmaAdviser").post(TASKS + "/" + taskId + "/complete", "{}");
        assertThat(otherMission.status())
                .as("another mission's completed task stays hidden")
                .isEqualTo(404);
        assertNoServerError();
    }

    @Test
    void tasklistFormsRacingForOneTask_oneWinsAndTheOthersHear409() throws Exception {
        Followed followed = follow(1);
        long activityId = followed.activities().get(0).getId();
        String taskId = reportTaskOf(followed.activities().get(0)).getId();
        List<TasklistSession> sessions = IntStream.range(0, RACERS)
                .mapToObj(i -> new TasklistSession(advisers.get(i)))
                .toList();

        List<Reply> submitted = atOnce(
                RACERS,
                i -> () -> sessions.get(i)
                        .post(
                                TASKLIST_TASKS + "/" + taskId + "/submit-form",
                                formOf(REPORT_PROGRESS, i + 1, advisers.get(i))));

        assertNoServerError();
        assertThat(submitted)
                .as("%s", submitted)
                .filteredOn(r -> r.status() == 204)
                .hasSize(1);
        String reporter = submitted.stream()
                .filter(r -> r.status() == 204)
                .findFirst()
                .orElseThrow()
                .user();
        assertThat(submitted).filteredOn(r -> r.status() != 204).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(409);
            assertThat(r.message())
                    .as(r.toString())
                    .contains("Task " + taskId + " was already completed by " + reporter);
        });
        int pct = advisers.indexOf(reporter) + 1;
        assertThat(reportsOf(activityId)).containsExactly(List.of(reporter, pct, "EV-" + reporter));

        // and a claim over Tasklist's API of a task someone else holds
        String next = reportTaskOf(followed.activities().get(0)).getId();
        assertThat(sessions.get(0)
                        .post(TASKLIST_TASKS + "/" + next + "/claim", "{\"userId\":\"" + advisers.get(0) + "\"}")
                        .status())
                .isEqualTo(204);
        var taken = sessions.get(1)
                .post(TASKLIST_TASKS + "/" + next + "/claim", "{\"userId\":\"" + advisers.get(1) + "\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.message()).contains("already claimed by " + advisers.get(0));
        assertNoServerError();
    }

    @Test
    void racingDeadlineChanges_neverLoseOne_andIfMatchLetsOnlyTheFirstOfThemIn() throws Exception {
        Followed followed = follow(1);
        PlanActivity activity = followed.activities().get(0);
        String path = "/api/activities/" + activity.getId() + "/deadline";

        // blind writes: each one accepted is kept in order, the others are refused, none half-done
        List<Reply> moved = atOnce(
                RACERS,
                i -> () -> new Client(advisers.get(i))
                        .patch(path, deadlineChange(DEADLINE.plusDays(10 + i), "Race " + i)));

        assertNoServerError();
        List<Reply> accepted = moved.stream().filter(r -> r.status() == 200).toList();
        assertThat(accepted).isNotEmpty();
        assertThat(moved).filteredOn(r -> r.status() != 200).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.message()).as(r.toString()).contains("changed by someone else at the same time");
            assertThat(r.body()).doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("update ");
        });
        List<JsonNode> revisions = revisionsOf(activity.getId());
        assertThat(revisions)
                .extracting(r -> r.path("reason").asText())
                .containsExactlyInAnyOrderElementsOf(accepted.stream()
                        .map(r -> r.request().path("reason").asText())
                        .toList());
        assertChained(revisions, DEADLINE);
        LocalDate last = LocalDate.parse(
                revisions.get(revisions.size() - 1).path("newDeadline").asText());
        assertEngineFollows(followed, activity, last);

        // optimistic concurrency for clients: the version read is the version written, or 412
        var read = new Client("unmissAdviser").get("/api/activities/" + activity.getId());
        String etag = read.etag();
        assertThat(etag).isNotBlank();
        List<Reply> conditional = atOnce(
                RACERS,
                i -> () -> new Client(advisers.get(i))
                        .patch(path, deadlineChange(DEADLINE.plusDays(40 + i), "Conditional " + i), "If-Match", etag));

        assertNoServerError();
        assertThat(conditional)
                .as("%s", conditional)
                .filteredOn(r -> r.status() == 200)
                .hasSize(1);
        Reply winner =
                conditional.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertThat(winner.etag()).isNotEqualTo(etag);
        assertThat(conditional).filteredOn(r -> r.status() != 200).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(412);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.message()).as(r.toString()).contains("changed since you read it");
        });
        revisions = revisionsOf(activity.getId());
        assertThat(revisions).hasSize(accepted.size() + 1);
        assertThat(revisions.get(revisions.size() - 1).path("reason").asText())
                .isEqualTo(winner.request().path("reason").asText());
        assertChained(revisions, DEADLINE);
        assertEngineFollows(
                followed,
                activity,
                LocalDate.parse(winner.json().path("deadline").asText()));

        // a stale version changes nothing; without If-Match the API works as before
        var stale = new Client("unmissAdviser")
                .patch(path, deadlineChange(DEADLINE.plusDays(90), "Stale"), "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        var blind = new Client("unmissAdviser").patch(path, deadlineChange(DEADLINE.plusDays(91), "Blind"));
        assertThat(blind.status()).as(blind.body()).isEqualTo(200);
        assertThat(blind.etag()).isNotEqualTo(winner.etag());
        assertThat(revisionsOf(activity.getId())).hasSize(accepted.size() + 2);
        assertNoServerError();
    }

    @Test
    void reportsAndDeadlineChangesOnOneActivityAtOnce_everyAcceptedOneIsKept() throws Exception {
        Followed followed = follow(1);
        PlanActivity activity = followed.activities().get(0);
        String taskId = reportTaskOf(activity).getId();
        String path = "/api/activities/" + activity.getId() + "/deadline";

        List<Reply> mixed = atOnce(RACERS, i -> () -> {
            Client client = new Client(advisers.get(i));
            return i % 2 == 0
                    ? client.post(TASKS + "/" + taskId + "/submit-form", formOf(REPORT_PROGRESS, i + 1, client.user))
                    : client.patch(path, deadlineChange(DEADLINE.plusDays(10 + i), "Mixed " + i));
        });

        assertNoServerError();
        assertThat(mixed)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 204, 409));
        List<Reply> reported = mixed.stream().filter(r -> r.status() == 204).toList();
        assertThat(reported).hasSizeLessThanOrEqualTo(1);
        assertThat(reportsOf(activity.getId()))
                .containsExactlyElementsOf(reported.stream()
                        .map(r -> List.<Object>of(r.user(), advisers.indexOf(r.user()) + 1, "EV-" + r.user()))
                        .toList());
        List<JsonNode> revisions = revisionsOf(activity.getId());
        assertThat(revisions)
                .extracting(r -> r.path("reason").asText())
                .containsExactlyInAnyOrderElementsOf(mixed.stream()
                        .filter(r -> r.status() == 200)
                        .map(r -> r.request().path("reason").asText())
                        .toList());
        assertChained(revisions, DEADLINE);
        var detail = new Client("unmissAdviser")
                .get("/api/activities/" + activity.getId())
                .json();
        assertThat(detail.path("progressPct").asInt())
                .isEqualTo(
                        reported.isEmpty()
                                ? 0
                                : advisers.indexOf(reported.get(0).user()) + 1);
        LocalDate deadline = revisions.isEmpty()
                ? DEADLINE
                : LocalDate.parse(
                        revisions.get(revisions.size() - 1).path("newDeadline").asText());
        assertEngineFollows(followed, activity, deadline);
    }

    @Test
    void commitmentsOpenedAtOnce_eachGetsAReferenceOfItsOwn() throws Exception {
        List<Reply> opened = atOnce(
                RACERS,
                i -> () -> new Client(advisers.get(i))
                        .post(
                                "/api/commitments",
                                "{\"mission\":\"UNMISS\",\"partyCode\":\"GOV-SSD\",\"type\":\"COMMANDER_UNDERTAKING\","
                                        + "\"title\":\"Opened at once " + i
                                        + "\",\"targetSigningDate\":\"2027-06-01\"}"));

        assertNoServerError();
        assertThat(opened)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        List<String> references =
                opened.stream().map(r -> r.json().path("reference").asText()).toList();
        assertThat(references).doesNotHaveDuplicates();
        for (int i = 0; i < RACERS; i++) {
            var commitment = new Client("unmissAdviser")
                    .get("/api/commitments/" + references.get(i))
                    .json()
                    .path("commitment");
            assertThat(commitment.path("title").asText()).isEqualTo("Opened at once " + i);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A signed commitment of UNMISS with a validated plan of {@code activities} activities, each followed. */
    private Followed follow(int activities) {
        Commitment commitment = fixture.signedCommitment("GOV-SSD", LocalDate.parse("2026-06-15"));
        ImplementationPlan plan = fixture.validatedPlan(
                commitment,
                IntStream.range(0, activities).mapToObj(DEADLINE::plusDays).toList());
        List<PlanActivity> followed = new ArrayList<>();
        for (PlanActivity activity : fixture.activitiesOf(plan)) {
            fixture.followUp(activity, commitment);
            followed.add(fixture.activity(activity.getId()));
        }
        return new Followed(commitment.getReference(), followed);
    }

    private record Followed(String reference, List<PlanActivity> activities) {}

    private record Work(String user, String taskId, String taskKey, String processInstanceId, Reply done) {}

    private Task reportTaskOf(PlanActivity activity) {
        return taskService
                .createTaskQuery()
                .processInstanceId(activity.getProcessInstanceId())
                .taskDefinitionKey(REPORT_PROGRESS)
                .singleResult();
    }

    /** Reporter, percentage and evidence of every report of the activity, in the order they were stored. */
    private List<List<Object>> reportsOf(long activityId) {
        return jdbc.query(
                "select reported_by, progress_pct, evidence_reference from progress_report where activity_id = ?"
                        + " order by id",
                (row, n) -> List.<Object>of(row.getString(1), row.getInt(2), row.getString(3)),
                activityId);
    }

    private List<JsonNode> revisionsOf(long activityId) {
        List<JsonNode> revisions = new ArrayList<>();
        new Client("unmissAdviser")
                .get("/api/activities/" + activityId)
                .json()
                .path("deadlineRevisions")
                .forEach(revisions::add);
        assertThat(jdbc.queryForObject(
                        "select count(*) from deadline_change where activity_id = ?", Integer.class, activityId))
                .isEqualTo(revisions.size());
        return revisions;
    }

    /** Each revision starts from the deadline the one before it set: no change was made from a stale read. */
    private static void assertChained(List<JsonNode> revisions, LocalDate original) {
        String previous = original.toString();
        for (JsonNode revision : revisions) {
            assertThat(revision.path("previousDeadline").asText())
                    .as("revision %s", revision)
                    .isEqualTo(previous);
            previous = revision.path("newDeadline").asText();
        }
    }

    /** The domain's deadline, the open report task's due date and the first reminder's timer agree. */
    private void assertEngineFollows(Followed followed, PlanActivity activity, LocalDate deadline) {
        Date start = Date.from(deadline.atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(fixture.activity(activity.getId()).getDeadline()).isEqualTo(deadline);
        assertThat(runtimeService.getVariable(
                        activity.getProcessInstanceId(), ActivityFollowUpProcess.Variables.ACTIVITY_DEADLINE.name()))
                .isEqualTo(start);
        assertThat(reportTaskOf(activity).getDueDate()).isEqualTo(start);
        assertThat(jobs.timer(followed.reference(), ActivityFollowUpProcess.Elements.EARLY_REMINDER_DUE)
                        .getDuedate())
                .isEqualTo(Date.from(
                        deadline.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private void assertNoServerError() {
        assertThat(replies(r -> r.status() >= 500)).as("answers 5xx").isEmpty();
        assertThat(replies(r -> r.body().contains("\tat ") || r.body().contains("at org.")))
                .as("answers with a stack trace")
                .isEmpty();
    }

    private List<Reply> replies(java.util.function.Predicate<Reply> which) {
        return replies.stream().filter(which).toList();
    }

    /**
     * Runs {@code clients} calls at once, each on its own thread and with its own HTTP client, released together
     * by one start gate; the results in client order.
     */
    private <T> List<T> atOnce(int clients, IntFunction<Callable<T>> call) throws Exception {
        assertThat(clients).isLessThanOrEqualTo(CLIENTS);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<T> work = call.apply(i);
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return work.call();
            }));
        }
        ready.await();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            // a bound only so that a deadlock fails the build instead of hanging it
            results.add(future.get(5, TimeUnit.MINUTES));
        }
        return results;
    }

    /** The form of a task: a progress report whose values name the client, or an engagement record. */
    private static String formOf(String taskKey, int pct, String user) {
        if (taskKey.equals(REPORT_PROGRESS)) {
            return """
                    {"variables":{"progressStatus":{"value":"IN_PROGRESS"},"progressPct":{"value":%d,"type":"Integer"},
                     "verification":{"value":"PARTY_REPORTED"},"evidenceReference":{"value":"EV-%s"}}}"""
                    .formatted(pct, user);
        }
        assertThat(taskKey).isEqualTo(RECORD_ENGAGEMENT);
        return """
                {"variables":{"engagementDate":{"value":"2027-01-03"},"engagementLevel":{"value":"WPA"},
                 "counterpartRole":{"value":"Chief of Defence Forces' office"},
                 "engagementOutcome":{"value":"Agreed to keep talking."},
                 "engagementDecision":{"value":"CONTINUE"}}}""";
    }

    private static String deadlineChange(LocalDate deadline, String reason) {
        return "{\"deadline\":\"" + deadline + "\",\"reason\":\"" + reason + "\"}";
    }

    /** One reply, with what was asked. */
    record Reply(
            String user,
            String method,
            String path,
            String requestBody,
            int status,
            String body,
            String contentType,
            String etag) {

        JsonNode json() {
            return parse(body);
        }

        JsonNode request() {
            return parse(requestBody);
        }

        /** The problem detail's {@code detail}, or the engine's {@code message}. */
        String message() {
            JsonNode json = json();
            return json.has("detail")
                    ? json.path("detail").asText()
                    : json.path("message").asText();
        }

        @Override
        public String toString() {
            return user + " " + method + " " + path + " -> " + status + " " + body;
        }

        private static JsonNode parse(String text) {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }

    /** One API client: its own {@link HttpClient}, HTTP Basic as one adviser. */
    private final class Client {
        final String user;
        final HttpClient http = HttpClient.newHttpClient();

        Client(String user) {
            this.user = user;
        }

        Reply get(String path) {
            return send("GET", path, null);
        }

        Reply post(String path, String json) {
            return send("POST", path, json);
        }

        Reply patch(String path, String json, String... headers) {
            return send("PATCH", path, json, headers);
        }

        Reply send(String method, String path, String json, String... headers) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json, application/problem+json")
                    .header("Authorization", Http.basic(user));
            for (int h = 0; h < headers.length; h += 2) {
                request.header(headers[h], headers[h + 1]);
            }
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return exchange(http, request, user, method, path, json);
        }
    }

    /** A Tasklist browser session of one adviser (the shared {@link WebappSession}), its answers recorded. */
    private final class TasklistSession {
        final String user;
        final WebappSession session;

        TasklistSession(String user) {
            this.user = user;
            this.session = new WebappSession(port).loginAs(user, "tasklist");
        }

        Reply post(String path, String json) {
            return record(user, "POST", path, json, session.send("POST", path, json));
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Reply exchange(
            HttpClient http, HttpRequest.Builder request, String user, String method, String path, String json) {
        try {
            return record(user, method, path, json, http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply record(String user, String method, String path, String json, HttpResponse<String> response) {
        Reply reply = new Reply(
                user,
                method,
                path,
                json,
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("ETag").orElse(null));
        replies.add(reply);
        return reply;
    }
}
