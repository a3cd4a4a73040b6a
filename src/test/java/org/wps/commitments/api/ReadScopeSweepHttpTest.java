package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.plan.PlanActivityRepository;
import org.wps.commitments.testing.Http;
import org.wps.commitments.testing.WebappSession;

/**
 * Issue 18, point 3: every read is scoped to the caller's missions. An adviser of UNMISS drives every GET path of the
 * engine REST API (as Camunda's own OpenAPI description lists them), the same paths through the webapps' copy of it,
 * the Cockpit plugin's reads that Cockpit calls with a session, and every GET of our own API and pages: once as plain
 * list queries and once with the ids of a MINUSMA commitment's objects (process instance, tasks, executions,
 * variables, jobs, incident, comment, attachment, history) in every path parameter. No answer may hold a MINUSMA-only
 * id or the canary word written into that commitment's free texts, and no answer without such ids may change when
 * only MINUSMA data is added (which catches counts and statistics over every mission). The same calls made by a
 * MINUSMA adviser must show the canary, so that the check can fail.
 */
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadScopeSweepHttpTest {

    /** A word no demo text holds, in sentences that pass the personal-data check. */
    private static final String CANARY = "Zqxcanary";

    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    private static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "?firstResult=0&maxResults=2000";

    /**
     * GET paths of the engine REST API not driven, with the reason; everything else in the OpenAPI description is.
     * Kept empty on purpose: binary answers are read as text, and a path that needs query parameters is still called
     * (its 400 carries no data).
     */
    static final Map<String, String> SKIPPED = Map.of();

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    @Autowired
    PlanActivityRepository activities;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The engine REST API's GET paths, as its OpenAPI description lists them. */
    private List<String> openApiGets;
    /** Those of them that take {@code maxResults}: the lists. */
    private final Set<String> paged = new TreeSet<>();

    /** Path parameter values shared by every mission (definitions, deployments, filters, groups). */
    private final Map<String, String> shared = new LinkedHashMap<>();
    /** Path parameter values naming the seeded MINUSMA commitment's objects. */
    private final Map<String, String> seeded = new LinkedHashMap<>();
    /** What an UNMISS adviser may never read: MINUSMA-only ids, business keys and the canary. */
    private final Set<String> forbidden = new LinkedHashSet<>();

    /** What each adviser saw of the calls without MINUSMA ids, before the MINUSMA commitment existed. */
    private final Map<String, Answer> unmissBefore = new LinkedHashMap<>();

    private final Map<String, Answer> minusmaBefore = new LinkedHashMap<>();
    private String reference;
    private String processInstanceId;
    private String taskId;

    record Call(String path, boolean namesSeededObjects) {}

    /** An answer; two are the same when they differ only in a page's per-session CSRF token. */
    record Answer(int status, String body) {
        boolean same(Answer other) {
            return other != null && status == other.status && withoutToken(body).equals(withoutToken(other.body));
        }

        private static String withoutToken(String body) {
            return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
        }
    }

    /** Once per class, inside the first test's run (the flow-node coverage records a run per test method). */
    @BeforeEach
    void seedMinusmaAfterAFirstLook() throws IOException {
        if (openApiGets != null) {
            return;
        }
        try (InputStream description = getClass().getResourceAsStream("/openapi.json")) {
            assertThat(description)
                    .as("openapi.json of camunda-engine-rest-openapi")
                    .isNotNull();
            JsonNode paths = JSON.readTree(description).path("paths");
            openApiGets = new ArrayList<>();
            paths.fieldNames().forEachRemaining(path -> {
                if (paths.path(path).has("get")) {
                    openApiGets.add(path);
                    for (JsonNode parameter : paths.path(path).path("get").path("parameters")) {
                        if (parameter.path("name").asText().equals("maxResults")) {
                            paged.add(path);
                        }
                    }
                }
            });
        }
        sharedValues();
        // both advisers' view before any of this test's MINUSMA data exists
        List<String> plain = allCalls().stream()
                .filter(c -> !c.namesSeededObjects())
                .map(Call::path)
                .toList();
        unmissBefore.putAll(sweep(plain, "unmissAdviser"));
        minusmaBefore.putAll(sweep(plain, "minusmaAdviser"));
        seedMinusma();
    }

    @Test
    void anUnmissAdviserReadsNothingOfMinusma_throughAnyGetOfAnyApi() {
        List<Call> calls = allCalls();
        List<String> paths = calls.stream().map(Call::path).toList();
        Map<String, Answer> unmiss = sweep(paths, "unmissAdviser");
        Map<String, Answer> minusma = sweep(paths, "minusmaAdviser");

        List<String> leaks = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Set<String> minusmaSeesItsData = new TreeSet<>();
        Set<String> minusmaSeesAChange = new TreeSet<>();
        for (Call call : calls) {
            Answer answer = unmiss.get(call.path());
            Set<String> found = forbiddenIn(call.path(), answer.body());
            if (!found.isEmpty()) {
                leaks.add("GET " + call.path() + " -> " + answer.status() + " holds " + found + ": "
                        + abbreviate(answer.body()));
            }
            if (!forbiddenIn(call.path(), minusma.get(call.path()).body()).isEmpty()) {
                minusmaSeesItsData.add(call.path());
            }
            if (call.namesSeededObjects()) {
                continue;
            }
            if (!answer.same(unmissBefore.get(call.path()))) {
                changed.add("GET " + call.path() + " -> " + answer.status() + " changed when only MINUSMA data was"
                        + " added: " + difference(unmissBefore.get(call.path()).body(), answer.body()));
            }
            if (!minusma.get(call.path()).same(minusmaBefore.get(call.path()))) {
                minusmaSeesAChange.add(call.path());
            }
        }
        System.out.printf(
                "Read-scope sweep: %d engine REST GET paths in the OpenAPI description, %d driven, %d skipped; %d"
                        + " paths per user (%d /engine-rest, %d webapp, %d our own), %d of them compared before and"
                        + " after the MINUSMA data; %d calls in all%n",
                openApiGets.size(),
                openApiGets.size() - SKIPPED.size(),
                SKIPPED.size(),
                calls.size(),
                calls.stream().filter(c -> c.path().startsWith(ENGINE_REST)).count(),
                calls.stream().filter(c -> c.path().startsWith("/camunda/")).count(),
                calls.stream()
                        .filter(c ->
                                !c.path().startsWith(ENGINE_REST) && !c.path().startsWith("/camunda/"))
                        .count(),
                unmissBefore.size(),
                calls.size() * 2L + unmissBefore.size() * 2L);

        var softly = new SoftAssertions();
        softly.assertThat(leaks)
                .as("answers to the UNMISS adviser holding MINUSMA's data")
                .isEmpty();
        softly.assertThat(changed)
                .as("answers to the UNMISS adviser that follow MINUSMA's data")
                .isEmpty();
        // the differential control: the same checks see MINUSMA's data where MINUSMA's own adviser reads
        String definition = shared.get("definitionId");
        softly.assertThat(minusmaSeesItsData)
                .as("the MINUSMA adviser sees MINUSMA's data")
                .contains(
                        ENGINE_REST + "/task" + PAGE,
                        ENGINE_REST + "/task/" + taskId + "/comment",
                        ENGINE_REST + "/task/" + taskId + "/comment/" + seeded.get("commentId"),
                        ENGINE_REST + "/task/" + taskId + "/attachment/" + seeded.get("attachmentId"),
                        ENGINE_REST + "/task/" + taskId + "/attachment/" + seeded.get("attachmentId") + "/data",
                        ENGINE_REST + "/history/task" + PAGE,
                        ENGINE_REST + "/history/process-instance" + PAGE,
                        ENGINE_REST + "/variable-instance" + PAGE,
                        ENGINE_REST + "/incident/" + seeded.get("/incident#id"),
                        WEBAPP_ENGINE + "/task" + PAGE,
                        COCKPIT + "/process-instance" + PAGE,
                        "/api/commitments/" + reference);
        softly.assertThat(minusmaSeesAChange)
                .as("the MINUSMA adviser's counts and statistics follow MINUSMA's data")
                .contains(
                        ENGINE_REST + "/task/count",
                        ENGINE_REST + "/process-definition/" + definition + "/statistics",
                        COCKPIT + "/process-instance/count",
                        WEBAPP_ENGINE + "/process-definition/statistics",
                        "/api/stats?mission=MINUSMA");
        softly.assertAll();
    }

    @Test
    void anotherMissionsCommentsAndAttachmentsAreNotFound() {
        String task = ENGINE_REST + "/task/" + taskId;
        for (String path : List.of(
                task + "/comment/" + seeded.get("commentId"),
                task + "/attachment/" + seeded.get("attachmentId"),
                task + "/attachment/" + seeded.get("attachmentId") + "/data")) {
            assertThat(call(path, "unmissAdviser", null).status()).as(path).isEqualTo(404);
            assertThat(call(path, "minusmaAdviser", null).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void historicActivityStatistics_countingEveryMission_areForAdministrators() {
        String path = ENGINE_REST + "/history/process-definition/" + shared.get("definitionId") + "/statistics";
        assertThat(call(path, "unmissAdviser", null).status()).isEqualTo(403);
        assertThat(call(path, "admin", null).status()).isEqualTo(200);
    }

    @Test
    void decisionStatistics_countingEveryMissionsEvaluations_areForAdministrators() {
        String drd = repositoryService.createDecisionRequirementsDefinitionQuery().latestVersion().list().stream()
                .findFirst()
                .map(d -> d.getId())
                // the engine runs the statistics query whether or not the graph exists, so the refusal shows either way
                .orElse("no-graph");
        String path = ENGINE_REST + "/history/decision-requirements-definition/" + drd + "/statistics";
        assertThat(call(path, "unmissAdviser", null).status()).as(path).isEqualTo(403);
        // the tracker's DMN files hold one decision each, so Camunda keeps no graph: an administrator gets 404, the
        // adviser the refusal, which comes before any look-up
        assertThat(call(path, "admin", null).status()).as(path).isIn(200, 404);
    }

    // --- the calls ----------------------------------------------------------------------------------------------

    private List<Call> allCalls() {
        List<Call> calls = new ArrayList<>();
        for (String path : openApiGets) {
            if (SKIPPED.containsKey(path)) {
                continue;
            }
            substituted(path).ifPresentCall(ENGINE_REST, calls);
            substituted(path).ifPresentCall(WEBAPP_ENGINE, calls);
            if (paged.contains(path)) {
                // the engine refuses an unbounded list (queryMaxResultsLimit): the same list, one page of all of it
                substituted(path + PAGE).ifPresentCall(ENGINE_REST, calls);
                substituted(path + PAGE).ifPresentCall(WEBAPP_ENGINE, calls);
            }
        }
        for (String path : List.of(
                "/process-definition/statistics",
                "/process-definition/statistics" + PAGE,
                "/process-definition/statistics-count",
                "/process-definition/{id}/called-process-definitions",
                "/process-instance",
                "/process-instance" + PAGE,
                "/process-instance/count",
                "/process-instance/{processInstanceId}/called-process-instances",
                "/incident",
                "/incident" + PAGE,
                "/incident/count")) {
            substituted(path).ifPresentCall(COCKPIT, calls);
        }
        for (String path : List.of(
                "/camunda/api/engine/engine/",
                "/camunda/api/admin/auth/user/default",
                "/camunda/api/admin/plugin/adminPlugins/default/audit",
                "/camunda/api/admin/plugin/base/default/authorizations")) {
            calls.add(new Call(path, false));
        }
        calls.addAll(ourGets());
        return calls;
    }

    /** A path with its parameters filled in, and whether one of them names a seeded MINUSMA object. */
    private record Substituted(String path, boolean seededIds, boolean complete) {
        void ifPresentCall(String prefix, List<Call> calls) {
            if (complete) {
                calls.add(new Call(prefix + path, seededIds));
            }
        }
    }

    private Substituted substituted(String template) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        boolean seededIds = false;
        boolean complete = true;
        while (matcher.find()) {
            String resource = template.substring(0, matcher.start());
            String key = parameterKey(resource, matcher.group(1));
            String value = shared.get(key);
            if (value == null) {
                value = seeded.get(key);
                seededIds = true;
            }
            if (value == null) {
                // before the seed, a path naming seeded objects cannot be built yet
                complete = !seeded.isEmpty();
                value = seeded.isEmpty() ? "" : "unknown-" + key;
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return new Substituted(path.toString(), seededIds, complete);
    }

    /** Which object a path parameter names: the parameter, qualified by the resource before it. */
    private static String parameterKey(String resource, String parameter) {
        String trimmed = resource.endsWith("/") ? resource.substring(0, resource.length() - 1) : resource;
        trimmed = trimmed.replaceAll("/key/\\{key}$", "").replaceAll("/\\{[^}]+}(/[^{}]+)?$", "$1");
        return switch (parameter) {
            case "id", "key" -> trimmed.replaceAll("/key$", "") + "#" + parameter;
            case "varName" -> trimmed.replaceAll("/(localVariables|variables)$", "") + "#varName";
            default -> parameter;
        };
    }

    private List<Call> ourGets() {
        Set<Call> calls = new LinkedHashSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error") || pattern.equals("/login") || pattern.equals("/demo-status")) {
                    continue; // anonymous, and mission-free
                }
                Matcher matcher = PATH_PARAMETER.matcher(pattern);
                StringBuilder path = new StringBuilder();
                boolean seededIds = false;
                while (matcher.find()) {
                    String value =
                            switch (matcher.group(1)) {
                                case "reference" -> reference;
                                case "mission" -> "MINUSMA";
                                case "year" -> String.valueOf(Year.now().getValue());
                                case "id" -> shared.getOrDefault("activityId", "0");
                                default -> "unknown";
                            };
                    seededIds |= value == null;
                    matcher.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(value)));
                }
                matcher.appendTail(path);
                if (!seededIds || reference != null) {
                    calls.add(new Call(path.toString(), seededIds || pattern.contains("{reference}")));
                }
            }
        });
        // our lists, asked for the other mission by name
        for (String path : List.of(
                "/api/commitments?mission=MINUSMA",
                "/api/overdue?mission=MINUSMA",
                "/api/stats?mission=MINUSMA",
                "/api/audit?mission=MINUSMA",
                "/dashboard?mission=MINUSMA")) {
            calls.add(new Call(path, false));
        }
        return new ArrayList<>(calls);
    }

    // --- the data -----------------------------------------------------------------------------------------------

    private void sharedValues() {
        var lifecycle = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(CommitmentLifecycleProcess.KEY)
                .latestVersion()
                .singleResult();
        shared.put("definitionId", lifecycle.getId());
        shared.put("/process-definition#id", lifecycle.getId());
        shared.put("/process-definition#key", lifecycle.getKey());
        shared.put("/history/process-definition#id", lifecycle.getId());
        shared.put("tenant-id", "minusma");
        shared.put("/deployment#id", lifecycle.getDeploymentId());
        shared.put(
                "resourceId",
                repositoryService.getDeploymentResources(lifecycle.getDeploymentId()).stream()
                        .filter(r -> r.getName().equals(lifecycle.getResourceName()))
                        .findFirst()
                        .orElseThrow()
                        .getId());
        var decision = repositoryService.createDecisionDefinitionQuery().latestVersion().list().stream()
                .findFirst()
                .orElseThrow();
        shared.put("/decision-definition#id", decision.getId());
        shared.put("/decision-definition#key", decision.getKey());
        var requirements =
                repositoryService.createDecisionRequirementsDefinitionQuery().list();
        String requirementsId = requirements.isEmpty()
                ? "no-decision-requirements"
                : requirements.get(0).getId();
        shared.put("/decision-requirements-definition#id", requirementsId);
        shared.put(
                "/decision-requirements-definition#key",
                requirements.isEmpty()
                        ? "no-decision-requirements"
                        : requirements.get(0).getKey());
        shared.put("/history/decision-requirements-definition#id", requirementsId);
        shared.put("/filter#id", filterService.createFilterQuery().list().get(0).getId());
        shared.put("/group#id", "advisers");
        shared.put("/tenant#id", "minusma");
        shared.put("/user#id", "minusmaAdviser");
        shared.put(
                "/authorization#id",
                authorizationService.createAuthorizationQuery().list().get(0).getId());
        shared.put("metrics-name", "activity-instance-start");
        // kinds of object the commitment processes never create: driven with an id of nothing
        for (String none :
                List.of("/batch#id", "/history/batch#id", "/external-task#id", "/history/external-task-log#id")) {
            shared.put(none, "none-exists");
        }
        activities.findAll().stream()
                .filter(a -> "MINUSMA".equals(a.getMissionCode()))
                .findFirst()
                .ifPresent(a -> shared.put("activityId", String.valueOf(a.getId())));
    }

    private void seedMinusma() {
        Http http = new Http(port);
        var opened = http.postJson(
                "/api/commitments",
                "minusmaAdviser",
                """
                {"mission":"MINUSMA","partyCode":"GOV-MLI","type":"JOINT_COMMUNIQUE",
                 "title":"Joint communique on the %s prevention measures","targetSigningDate":"2027-03-01"}
                """
                        .formatted(CANARY));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        reference = opened.json().path("reference").asText();
        processInstanceId = opened.json().path("processInstanceId").asText();
        String engagement = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getId();
        var recorded = http.postJson(
                ENGINE_REST + "/task/" + engagement + "/submit-form",
                "minusmaAdviser",
                """
                {"variables":{"engagementDate":{"value":"2026-01-05"},"engagementLevel":{"value":"WPA"},
                 "counterpartRole":{"value":"Minister of Gender"},
                 "engagementOutcome":{"value":"The %s measures are ready to draft."},
                 "engagementDecision":{"value":"CONTINUE"}}}"""
                        .formatted(CANARY));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
        // the continuation after the engagement runs as the job executor would
        for (Job job : managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .messages()
                .list()) {
            managementService.executeJob(job.getId());
        }
        taskId = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .list()
                .get(0)
                .getId();
        var comment = http.postJson(
                ENGINE_REST + "/task/" + taskId + "/comment/create",
                "minusmaAdviser",
                "{\"message\":\"The %s draft needs one more reading.\"}".formatted(CANARY));
        assertThat(comment.status()).as(comment.body()).isEqualTo(200);
        seeded.put("commentId", comment.json().path("id").asText());
        // attachments are written through the Java API only (the engine API guard refuses them to people)
        identityService.setAuthentication("minusmaAdviser", List.of("advisers"), List.of("minusma"));
        try {
            var attachment = taskService.createAttachment(
                    "text/plain",
                    taskId,
                    null,
                    CANARY + " note",
                    "The " + CANARY + " note for the draft.",
                    new ByteArrayInputStream(
                            ("The " + CANARY + " draft is attached.").getBytes(StandardCharsets.UTF_8)));
            seeded.put("attachmentId", attachment.getId());
        } finally {
            identityService.clearAuthentication();
        }
        var execution = runtimeService.createExecutionQuery().processInstanceId(processInstanceId).list().stream()
                .filter(e -> !e.getId().equals(processInstanceId))
                .findFirst()
                .orElse(runtimeService
                        .createExecutionQuery()
                        .executionId(processInstanceId)
                        .singleResult());
        var incident = runtimeService.createIncident(
                "sweepCheck", execution.getId(), "sweep", "The " + CANARY + " check raised this incident.");

        seeded.put("/task#id", taskId);
        seeded.put("/task#varName", "commitmentId");
        seeded.put("/process-instance#id", processInstanceId);
        seeded.put("/process-instance#varName", "commitmentId");
        seeded.put("processInstanceId", processInstanceId);
        seeded.put("/history/process-instance#id", processInstanceId);
        seeded.put("/execution#id", execution.getId());
        seeded.put(
                "/execution#varName",
                runtimeService.getVariablesLocal(execution.getId()).keySet().stream()
                        .findFirst()
                        .orElse("commitmentId"));
        runtimeService
                .createEventSubscriptionQuery()
                .processInstanceId(processInstanceId)
                .eventType("message")
                .list()
                .stream()
                .filter(s -> s.getExecutionId() != null)
                .findFirst()
                .ifPresent(s -> {
                    seeded.put("/execution#id", s.getExecutionId());
                    seeded.put("messageName", s.getEventName());
                });
        seeded.put("/incident#id", incident.getId());
        var job = managementService.createJobQuery().processInstanceId(processInstanceId).list().stream()
                .findFirst();
        job.ifPresent(j -> {
            seeded.put("/job#id", j.getId());
            seeded.put("/job-definition#id", j.getJobDefinitionId());
        });
        var variable = runtimeService
                .createVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId)
                .list()
                .get(0);
        seeded.put("/variable-instance#id", variable.getId());
        seeded.put(
                "/history/variable-instance#id",
                historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .list()
                        .get(0)
                        .getId());
        seeded.put(
                "/history/activity-instance#id",
                historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .list()
                        .get(0)
                        .getId());
        seeded.put(
                "/history/detail#id",
                historyService
                        .createHistoricDetailQuery()
                        .processInstanceId(processInstanceId)
                        .list()
                        .get(0)
                        .getId());
        historyService.createHistoricJobLogQuery().processInstanceId(processInstanceId).list().stream()
                .findFirst()
                .ifPresent(log -> seeded.put("/history/job-log#id", log.getId()));
        historyService.createHistoricDecisionInstanceQuery().tenantIdIn("minusma").list().stream()
                .findFirst()
                .ifPresent(d -> seeded.put("/history/decision-instance#id", d.getId()));

        forbidden.add(CANARY);
        forbidden.add(reference);
        // every MINUSMA instance in this context (other tests' too), with its tasks, executions and variables
        for (HistoricProcessInstance instance : historyService
                .createHistoricProcessInstanceQuery()
                .tenantIdIn("minusma")
                .list()) {
            forbidden.add(instance.getId());
            if (instance.getBusinessKey() != null) {
                forbidden.add(instance.getBusinessKey());
            }
        }
        Function<List<String>, Boolean> addAll = forbidden::addAll;
        addAll.apply(historyService.createHistoricTaskInstanceQuery().tenantIdIn("minusma").list().stream()
                .map(t -> t.getId())
                .toList());
        addAll.apply(historyService.createHistoricActivityInstanceQuery().tenantIdIn("minusma").list().stream()
                .map(a -> a.getId())
                .toList());
        addAll.apply(historyService.createHistoricVariableInstanceQuery().tenantIdIn("minusma").list().stream()
                .map(v -> v.getId())
                .toList());
        addAll.apply(historyService.createHistoricDetailQuery().tenantIdIn("minusma").list().stream()
                .map(d -> d.getId())
                .toList());
        addAll.apply(runtimeService.createExecutionQuery().tenantIdIn("minusma").list().stream()
                .map(e -> e.getId())
                .toList());
        addAll.apply(managementService.createJobQuery().tenantIdIn("minusma").list().stream()
                .map(j -> j.getId())
                .toList());
        addAll.apply(runtimeService.createIncidentQuery().tenantIdIn("minusma").list().stream()
                .map(i -> i.getId())
                .toList());
        forbidden.add(seeded.get("commentId"));
        forbidden.add(seeded.get("attachmentId"));
    }

    // --- the checks ---------------------------------------------------------------------------------------------

    /** The forbidden strings in an answer, leaving out the ids the path itself names (which an error may echo). */
    private Set<String> forbiddenIn(String path, String body) {
        String rest = body;
        for (String named : path.split("[/?=&]")) {
            if (!named.isEmpty() && forbidden.contains(named)) {
                rest = rest.replace(named, "");
            }
        }
        Set<String> found = new TreeSet<>();
        for (String value : forbidden) {
            if (rest.contains(value)) {
                found.add(value);
            }
        }
        return found;
    }

    /** The answers to each path, called by {@code user} in a few parallel requests (a Tasklist session for /camunda). */
    private Map<String, Answer> sweep(List<String> paths, String user) {
        WebappSession session = new WebappSession(port).loginAs(user, "cockpit");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<String, Future<Answer>> pending = new LinkedHashMap<>();
            for (String path : paths) {
                pending.put(path, pool.submit(() -> call(path, user, session)));
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (var entry : pending.entrySet()) {
                answers.put(entry.getKey(), entry.getValue().get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Answer call(String path, String user, WebappSession session) {
        if (path.startsWith("/camunda/") && session != null) {
            var response = session.get(path);
            return new Answer(response.statusCode(), response.body());
        }
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, */*;q=0.5")
                .header("Authorization", Http.basic(user))
                .GET()
                .build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where two answers part: a little of each around the first character that differs. */
    private static String difference(String before, String after) {
        int at = 0;
        while (at < before.length() && at < after.length() && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 80);
        return "before …" + before.substring(from, Math.min(before.length(), at + 120)) + "… after …"
                + after.substring(from, Math.min(after.length(), at + 120)) + "…";
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "(not called)";
        }
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
