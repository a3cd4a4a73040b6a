package org.wps.commitments.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default installation (demo profile, H2 file database under {@code ./data}) killed with SIGKILL in the middle
 * of a burst of task completions keeps every completion it acknowledged, and no commitment is left half-done.
 *
 * <p>The node runs in a temporary directory with the application's own datasource settings. Several clients
 * complete "Record engagement with party" tasks ("ready to draft") as fast as they can; the client that counts the
 * {@value #KILL_AFTER}th acknowledgement kills the node while the others still have requests in flight. A
 * completion writes to both sides of the application in one transaction: the engine (task completed in history,
 * "Draft commitment text" created) and our tables (an {@code engagement_record} row, the commitment's stage
 * {@code DRAFTING}). After a restart on the same database, each commitment must be entirely before its completion
 * or entirely after it, every acknowledged completion after it, and completions work again.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class CrashSafetyIT {

    private static final String ADVISER = "unmissAdviser";
    private static final int COMMITMENTS = 240;
    private static final int KILL_AFTER = 90;
    private static final int CLIENTS = 4;
    /** One type per opening client: references are numbered per mission, type and year, so they never clash. */
    private static final List<String> TYPES =
            List.of("ORDER_OR_DIRECTIVE", "JOINT_COMMUNIQUE", "COMMANDER_UNDERTAKING", "ACTION_PLAN");

    private static final String RECORD_ENGAGEMENT = "userTask_recordEngagement";
    private static final String DRAFT_TEXT = "userTask_draftText";

    @TempDir
    Path installation;

    @Test
    void killedDuringABurstOfCompletions_keepsEveryAcknowledgedOneAndLeavesNothingHalfDone() throws Exception {
        List<Opened> opened;
        Burst burst;
        try (AppNode node = AppNode.start("crash-before-kill", Map.of(), List.of(), installation)) {
            NodeHttp http = new NodeHttp(node);
            opened = openCommitments(http);
            burst = completeUntilKilled(node, http, opened);
            assertThat(node.isAlive()).isFalse();
        }
        assertThat(burst.refused()).as("completions refused before the kill").isEmpty();
        assertThat(burst.acknowledged()).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(burst.neverSent())
                .as("the node died in the middle of the burst")
                .hasSizeGreaterThanOrEqualTo(3);

        try (AppNode node = AppNode.start("crash-after-restart", Map.of(), List.of(), installation)) {
            NodeHttp http = new NodeHttp(node);
            Map<Opened, String> states = readStates(http, opened);

            List<String> halfDone = opened.stream()
                    .filter(o ->
                            !states.get(o).equals(before()) && !states.get(o).equals(after(o)))
                    .map(o -> o.reference() + ": " + states.get(o))
                    .toList();
            List<String> lost = burst.acknowledged().stream()
                    .filter(o -> !states.get(o).equals(after(o)))
                    .map(o -> o.reference() + ": " + states.get(o))
                    .toList();
            List<Opened> unknownAndOpen = burst.noAnswer().stream()
                    .filter(o -> states.get(o).equals(before()))
                    .toList();
            System.out.printf(
                    "%d commitments; %d completions acknowledged before the node died, %d of them lost; %d sent"
                            + " without an answer, %d of them done; %d never sent; %d half-done%n",
                    opened.size(),
                    burst.acknowledged().size(),
                    lost.size(),
                    burst.noAnswer().size(),
                    burst.noAnswer().size() - unknownAndOpen.size(),
                    burst.neverSent().size(),
                    halfDone.size());
            assertThat(halfDone)
                    .as("commitments neither before (%s) nor after (%s) their completion", before(), after(null))
                    .isEmpty();
            assertThat(lost).as("acknowledged completions lost by the crash").isEmpty();

            // completions go on: those whose fate the clients could not know, and a few never sent
            List<Opened> resumed = new ArrayList<>(unknownAndOpen);
            resumed.addAll(burst.neverSent().subList(0, 3));
            for (Opened o : resumed) {
                var completed = submitEngagement(http, o);
                assertThat(completed.status()).as(completed.body()).isEqualTo(204);
            }
            Map<Opened, String> resumedStates = readStates(http, resumed);
            assertThat(resumed).allSatisfy(o -> assertThat(resumedStates.get(o)).isEqualTo(after(o)));
            node.stop();
        }
    }

    /** Opens {@value #COMMITMENTS} commitments over the API, one client per type, and finds each one's first task. */
    private static List<Opened> openCommitments(NodeHttp http) throws Exception {
        String target = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        Map<String, String> references = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(TYPES.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String type : TYPES) {
                done.add(clients.submit(() -> {
                    for (int i = 0; i < COMMITMENTS / TYPES.size(); i++) {
                        var body = NodeHttp.object()
                                .put("mission", "UNMISS")
                                .put("partyCode", "SSPDF")
                                .put("type", type)
                                .put("title", "Crash safety " + type + " " + i)
                                .put("targetSigningDate", target);
                        var created = http.postJson("/api/commitments", ADVISER, body);
                        assertThat(created.status()).as(created.body()).isEqualTo(201);
                        references.put(
                                created.json().path("processInstanceId").asText(),
                                created.json().path("reference").asText());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        JsonNode tasks = http.get(
                        "/engine-rest/task?firstResult=0&maxResults=2000&processDefinitionKey=commitment-lifecycle&taskDefinitionKey="
                                + RECORD_ENGAGEMENT,
                        ADVISER)
                .json();
        List<Opened> opened = new ArrayList<>();
        for (JsonNode task : tasks) {
            String reference = references.get(task.path("processInstanceId").asText());
            if (reference != null) {
                opened.add(new Opened(
                        reference,
                        task.path("processInstanceId").asText(),
                        task.path("id").asText()));
            }
        }
        assertThat(opened).hasSize(COMMITMENTS);
        return opened;
    }

    /**
     * Every client completes tasks until a request gets no answer; the one that counts the {@value #KILL_AFTER}th
     * acknowledgement kills the node.
     */
    private static Burst completeUntilKilled(AppNode node, NodeHttp http, List<Opened> opened) throws Exception {
        Queue<Opened> queue = new ConcurrentLinkedQueue<>(opened);
        Set<Opened> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Opened> noAnswer = ConcurrentHashMap.newKeySet();
        Map<Opened, String> refused = new ConcurrentHashMap<>();
        AtomicInteger acknowledgements = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    Opened o;
                    while ((o = queue.poll()) != null) {
                        NodeHttp.Response response;
                        try {
                            response = submitEngagement(http, o);
                        } catch (UncheckedIOException e) {
                            noAnswer.add(o);
                            return null;
                        }
                        if (response.status() == 204) {
                            acknowledged.add(o);
                            if (acknowledgements.incrementAndGet() == KILL_AFTER) {
                                node.kill();
                            }
                        } else {
                            refused.put(o, response.status() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return new Burst(Set.copyOf(acknowledged), Set.copyOf(noAnswer), Map.copyOf(refused), List.copyOf(queue));
    }

    /** "Record engagement with party" as Tasklist submits it: the party is ready, draft a text. */
    private static NodeHttp.Response submitEngagement(NodeHttp http, Opened o) {
        var variables = NodeHttp.object();
        variables
                .putObject("engagementDate")
                .put("value", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        variables.putObject("engagementLevel").put("value", "WPA");
        variables.putObject("counterpartRole").put("value", "Chief of Defence Forces' office");
        variables.putObject("engagementOutcome").put("value", "Agreed to draft a command order.");
        variables.putObject("engagementDecision").put("value", "READY_TO_DRAFT");
        var body = NodeHttp.object();
        body.set("variables", variables);
        return http.postJson("/engine-rest/task/" + o.taskId() + "/submit-form", ADVISER, body);
    }

    /**
     * Each commitment's state as the engine and our tables tell it: the stage and engagements from our API, the
     * open tasks and the completed "Record engagement" tasks from the engine's REST API.
     */
    private static Map<Opened, String> readStates(NodeHttp http, Collection<Opened> commitments) throws Exception {
        Map<String, List<String>> openTasks = byProcessInstance(
                http.get(
                                "/engine-rest/task?firstResult=0&maxResults=2000&processDefinitionKey=commitment-lifecycle",
                                ADVISER)
                        .json(),
                task -> task.path("taskDefinitionKey").asText());
        Map<String, List<String>> completedEngagements = byProcessInstance(
                http.get(
                                "/engine-rest/history/task?firstResult=0&maxResults=2000&processDefinitionKey=commitment-lifecycle&finished=true"
                                        + "&taskDefinitionKey=" + RECORD_ENGAGEMENT,
                                ADVISER)
                        .json(),
                task -> task.path("id").asText());
        Map<Opened, String> states = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Opened o : commitments) {
                done.add(clients.submit(() -> {
                    var detail = http.get("/api/commitments/" + o.reference(), ADVISER);
                    assertThat(detail.status()).as(detail.body()).isEqualTo(200);
                    states.put(
                            o,
                            state(
                                    detail.json()
                                            .path("commitment")
                                            .path("stage")
                                            .asText(),
                                    detail.json().path("engagements").size(),
                                    openTasks.getOrDefault(o.processInstanceId(), List.of()),
                                    completedEngagements.getOrDefault(o.processInstanceId(), List.of())));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return new HashMap<>(states);
    }

    private static Map<String, List<String>> byProcessInstance(JsonNode tasks, Function<JsonNode, String> value) {
        List<JsonNode> list = new ArrayList<>();
        tasks.forEach(list::add);
        return list.stream()
                .collect(Collectors.groupingBy(
                        t -> t.path("processInstanceId").asText(), Collectors.mapping(value, Collectors.toList())));
    }

    private static String state(String stage, int engagements, List<String> open, List<String> completed) {
        return "stage " + stage + ", " + engagements + " engagement(s), open tasks "
                + open.stream().sorted().toList() + ", completed engagement tasks "
                + completed.stream().sorted().toList();
    }

    /** Nothing of the completion: still engaging, no engagement recorded, the task still open. */
    private static String before() {
        return state("ENGAGEMENT", 0, List.of(RECORD_ENGAGEMENT), List.of());
    }

    /** All of it: drafting, one engagement, the drafting task open, this very task completed. */
    private static String after(Opened o) {
        return state("DRAFTING", 1, List.of(DRAFT_TEXT), List.of(o == null ? "<its task>" : o.taskId()));
    }

    private record Opened(String reference, String processInstanceId, String taskId) {}

    private record Burst(
            Set<Opened> acknowledged, Set<Opened> noAnswer, Map<Opened, String> refused, List<Opened> neverSent) {}
}
