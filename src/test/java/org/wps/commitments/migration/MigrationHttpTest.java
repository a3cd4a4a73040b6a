package org.wps.commitments.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements;
import org.wps.commitments.commitment.LifecycleDriver;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.plan.ImplementationPlanProcess;
import org.wps.commitments.process.Jobs;
import org.wps.commitments.testing.Http;

/**
 * A designer deploys a changed lifecycle as a new version; running commitments stay on theirs until they are
 * migrated with {@code POST /api/migrations}, at a user task or a timer, and go on on the new version. Forms
 * follow the version a task was created with. Every deployment made here is removed afterwards, so the other
 * test classes of the shared context start the lifecycle of {@code processes/} again.
 */
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationHttpTest {

    private static final String VARIANT_KEY = CommitmentLifecycleProcess.KEY + "-variant";
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    private static final LocalDate TARGET_SIGNING = LocalDate.parse("2027-03-01");

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Jobs jobs;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    FormService formService;

    Http http;

    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ClockUtil.setCurrentTime(
                Date.from(LocalDate.parse("2026-09-01").atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    @AfterEach
    void restoreClock() {
        ClockUtil.reset();
    }

    @AfterAll
    void removeDeployments() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void redeployedLifecycle_keepsRunningCommitments_untilTheyMigrateAtUserTaskAndTimer() {
        String atEngagement = driver.open("GOV-SSD", TARGET_SIGNING);
        String atSigning = driver.open("GOV-SSD", TARGET_SIGNING);
        driver.toSigning(atSigning, LocalDate.parse("2026-09-01"));
        ProcessDefinition old = definitionOf(atEngagement);
        assertThat(definitionOf(atSigning).getId()).isEqualTo(old.getId());

        String changed = lifecycle()
                .replace("name=\"Record engagement with party\"", "name=\"Record engagement with the party\"");
        assertThat(changed).isNotEqualTo(lifecycle());
        ProcessDefinition redeployed = deploy("commitment-lifecycle.bpmn", changed, Map.of());
        assertThat(redeployed.getKey()).isEqualTo(CommitmentLifecycleProcess.KEY);
        assertThat(redeployed.getVersion()).isGreaterThan(old.getVersion());
        assertThat(definitionOf(atEngagement).getId())
                .as("a running commitment stays on its version")
                .isEqualTo(old.getId());

        String selection = "{\"processKey\":\"commitment-lifecycle\",\"fromVersion\":" + old.getVersion()
                + ",\"toVersion\":" + redeployed.getVersion() + ",\"references\":[\"" + atEngagement + "\",\""
                + atSigning + "\"]";
        var dryRun = http.postJson("/api/migrations", "designer", selection + ",\"dryRun\":true}");
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().path("valid").asBoolean()).isTrue();
        assertThat(dryRun.json().path("instances").asInt()).isEqualTo(2);
        assertThat(dryRun.json().path("unmappable")).isEmpty();
        assertThat(instruction(dryRun.json(), Elements.RECORD_ENGAGEMENT)
                        .path("targetActivityId")
                        .asText())
                .isEqualTo(Elements.RECORD_ENGAGEMENT);
        assertThat(instruction(dryRun.json(), Elements.TARGET_SIGNING_DATE_PASSED)
                        .path("updateEventTrigger")
                        .asBoolean())
                .isTrue();
        assertThat(dryRun.json().path("migrated")).isEmpty();
        assertThat(definitionOf(atEngagement).getId())
                .as("a dry run moves nothing")
                .isEqualTo(old.getId());

        Task engagement = jobs.task(atEngagement, Elements.RECORD_ENGAGEMENT);
        Task signing = jobs.task(atSigning, Elements.RECORD_SIGNING);
        Date stalledDue = jobs.timer(atEngagement, Elements.ENGAGEMENT_STALLED).getDuedate();
        Date signingDue =
                jobs.timer(atSigning, Elements.TARGET_SIGNING_DATE_PASSED).getDuedate();
        Date signatureDue = jobs.timer(atSigning, Elements.SIGNATURE_OVERDUE).getDuedate();

        var migration = http.postJson("/api/migrations", "designer", selection + "}");
        assertThat(migration.status()).as(migration.body()).isEqualTo(200);
        assertThat(migration.json().path("valid").asBoolean()).isTrue();
        assertThat(StreamSupport.stream(migration.json().path("migrated").spliterator(), false)
                        .map(m -> m.path("reference").asText()))
                .containsExactly(atEngagement, atSigning);

        assertThat(definitionOf(atEngagement).getId()).isEqualTo(redeployed.getId());
        assertThat(definitionOf(atSigning).getId()).isEqualTo(redeployed.getId());
        Task migratedEngagement = jobs.task(atEngagement, Elements.RECORD_ENGAGEMENT);
        assertThat(migratedEngagement.getId()).isEqualTo(engagement.getId());
        assertThat(migratedEngagement.getProcessDefinitionId()).isEqualTo(redeployed.getId());
        assertThat(jobs.task(atSigning, Elements.RECORD_SIGNING).getId()).isEqualTo(signing.getId());
        assertThat(jobs.timer(atEngagement, Elements.ENGAGEMENT_STALLED).getDuedate())
                .isEqualTo(stalledDue);
        assertThat(jobs.timer(atSigning, Elements.TARGET_SIGNING_DATE_PASSED).getDuedate())
                .isEqualTo(signingDue);
        assertThat(jobs.timer(atSigning, Elements.SIGNATURE_OVERDUE).getProcessDefinitionId())
                .isEqualTo(redeployed.getId());
        assertThat(jobs.timer(atSigning, Elements.SIGNATURE_OVERDUE).getDuedate())
                .isEqualTo(signatureDue);

        jobs.complete(migratedEngagement, "unmissAdviser", Roles.ADVISERS, engagementValues());
        Task draft = jobs.task(atEngagement, Elements.DRAFT_TEXT);
        assertThat(draft.getProcessDefinitionId()).isEqualTo(redeployed.getId());
        jobs.complete(
                draft,
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of(
                        "commitmentElements", List.of("CHAIN_OF_COMMAND_ORDERS"),
                        "draftReference", "DMS/UNMISS/2027/7",
                        "draftSummary", "Orders."));
        assertThat(jobs.task(atEngagement, Elements.REVIEW_DRAFT).getProcessDefinitionId())
                .isEqualTo(redeployed.getId());

        jobs.fire(atSigning, Elements.TARGET_SIGNING_DATE_PASSED);
        assertThat(jobs.hasTimer(atSigning, Elements.TARGET_SIGNING_DATE_PASSED))
                .isFalse();
        jobs.complete(
                jobs.task(atSigning, Elements.RECORD_SIGNING),
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of(
                        "signingOutcome", "SIGNED",
                        "signedOn",
                                LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
                                        .toString(),
                        "signingPlace", "Juba",
                        "signatoryTitles", "Minister of Defence; SRSG-SVC",
                        "documentReference", "UNMISS/JC/2027/07"));
        assertThat(definitionOf(atSigning).getId()).isEqualTo(redeployed.getId());
        assertThat(jobs.task(atSigning, ImplementationPlanProcess.Elements.DRAFT_PLAN))
                .isNotNull();
    }

    @Test
    void activityMissingFromTheTarget_isReportedByTheDryRun_andARealRunMovesNothing() {
        String variant = lifecycle().replace("\"" + CommitmentLifecycleProcess.KEY + "\"", "\"" + VARIANT_KEY + "\"");
        ProcessDefinition first = deploy(VARIANT_KEY + ".bpmn", variant, Map.of());
        String reference = openVariant();
        String renamed = variant.replace(Elements.RECORD_ENGAGEMENT, "userTask_recordPartyEngagement");
        ProcessDefinition second = deploy(VARIANT_KEY + ".bpmn", renamed, Map.of());
        assertThat(second.getVersion()).isEqualTo(first.getVersion() + 1);

        String selection = "{\"processKey\":\"" + VARIANT_KEY + "\",\"fromVersion\":" + first.getVersion()
                + ",\"references\":[\"" + reference + "\"]";
        var dryRun = http.postJson("/api/migrations", "designer", selection + ",\"dryRun\":true}");
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().path("valid").asBoolean()).isFalse();
        assertThat(dryRun.json().path("toVersion").asInt()).isEqualTo(second.getVersion());
        assertThat(dryRun.json().path("instances").asInt()).isEqualTo(1);
        JsonNode unmappable = dryRun.json().path("unmappable");
        assertThat(unmappable).hasSize(1);
        assertThat(unmappable.get(0).path("activityId").asText()).isEqualTo(Elements.RECORD_ENGAGEMENT);
        assertThat(unmappable.get(0).path("reference").asText()).isEqualTo(reference);
        assertThat(instruction(dryRun.json(), Elements.DRAFT_TEXT)
                        .path("targetActivityId")
                        .asText())
                .isEqualTo(Elements.DRAFT_TEXT);

        var realRun = http.postJson("/api/migrations", "designer", selection + "}");
        assertThat(realRun.status()).as(realRun.body()).isEqualTo(409);
        assertThat(realRun.contentType()).contains("application/problem+json");
        JsonNode refused = realRun.json().path("report").path("unmappable");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).path("activityId").asText()).isEqualTo(Elements.RECORD_ENGAGEMENT);
        assertThat(refused.get(0).path("reason").asText()).isNotBlank();
        assertThat(definitionOf(reference).getId()).as("nothing moved").isEqualTo(first.getId());
        assertThat(jobs.task(reference, Elements.RECORD_ENGAGEMENT).getProcessDefinitionId())
                .isEqualTo(first.getId());
    }

    @Test
    void redeployedForm_isUsedByNewTasks_whileOpenTasksKeepTheirs() throws IOException {
        String before = driver.open("GOV-SSD", TARGET_SIGNING);
        String oldLabel = "\"label\": \"Who led the engagement\"";
        String newLabel = "\"label\": \"Who led this engagement\"";
        String changedForm = form("record-engagement").replace(oldLabel, newLabel);
        assertThat(changedForm).isNotEqualTo(form("record-engagement"));
        ProcessDefinition redeployed =
                deploy("commitment-lifecycle.bpmn", lifecycle(), Map.of("record-engagement", changedForm));
        String after = driver.open("GOV-SSD", TARGET_SIGNING);
        assertThat(definitionOf(after).getId()).isEqualTo(redeployed.getId());

        assertThat(deployedForm(jobs.task(before, Elements.RECORD_ENGAGEMENT)))
                .contains(oldLabel)
                .doesNotContain(newLabel);
        assertThat(deployedForm(jobs.task(after, Elements.RECORD_ENGAGEMENT)))
                .contains(newLabel)
                .doesNotContain(oldLabel);
    }

    @Test
    void migration_isRefusedToAdvisers_andNamesUnknownKeysVersionsAndReferences() {
        String reference = driver.open("GOV-SSD", TARGET_SIGNING);
        int version = definitionOf(reference).getVersion();

        var adviser = http.postJson(
                "/api/migrations",
                "unmissAdviser",
                "{\"processKey\":\"commitment-lifecycle\",\"fromVersion\":" + version + ",\"dryRun\":true}");
        assertThat(adviser.status()).isEqualTo(403);
        assertThat(adviser.body()).contains("Only process designers and administrators");

        var unknownVersion = http.postJson(
                "/api/migrations",
                "designer",
                "{\"processKey\":\"commitment-lifecycle\",\"fromVersion\":" + version
                        + ",\"toVersion\":9999,\"dryRun\":true}");
        assertThat(unknownVersion.status()).isEqualTo(400);
        assertThat(unknownVersion.body()).contains("Process commitment-lifecycle has no version 9999");

        var unknownKey =
                http.postJson("/api/migrations", "designer", "{\"processKey\":\"no-such-process\",\"fromVersion\":1}");
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.body()).contains("No process with key 'no-such-process' is deployed.");

        var sameVersion = http.postJson(
                "/api/migrations",
                "designer",
                "{\"processKey\":\"commitment-lifecycle\",\"fromVersion\":" + version + ",\"toVersion\":" + version
                        + ",\"dryRun\":true}");
        assertThat(sameVersion.status()).isEqualTo(400);

        var unknownReference = http.postJson(
                "/api/migrations",
                "designer",
                "{\"processKey\":\"commitment-lifecycle\",\"fromVersion\":" + version
                        + ",\"references\":[\"UNMISS-XX-1900-99\"],\"dryRun\":true}");
        assertThat(unknownReference.status()).as(unknownReference.body()).isEqualTo(404);
        assertThat(definitionOf(reference).getVersion()).isEqualTo(version);
    }

    /** The lifecycle (or variant) definition the commitment runs on; its called processes are left out. */
    private ProcessDefinition definitionOf(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .map(pi -> repositoryService.getProcessDefinition(pi.getProcessDefinitionId()))
                .filter(d -> d.getKey().equals(CommitmentLifecycleProcess.KEY)
                        || d.getKey().equals(VARIANT_KEY))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode instruction(JsonNode report, String sourceActivityId) {
        return StreamSupport.stream(report.path("instructions").spliterator(), false)
                .filter(i -> sourceActivityId.equals(i.path("sourceActivityId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no instruction for " + sourceActivityId + ": " + report));
    }

    /**
     * Deploys the process as the designer would from Modeler, with the forms it references: its tasks bind
     * their forms with {@code formRefBinding="deployment"}, so the deployment must carry them.
     */
    private ProcessDefinition deploy(String fileName, String bpmn, Map<String, String> changedForms) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(fileName, bpmn);
        Matcher refs = FORM_REF.matcher(bpmn);
        while (refs.find()) {
            String id = refs.group(1);
            files.put(id + ".form", changedForms.getOrDefault(id, form(id)));
        }
        var response = http.deploy("designer", files);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String deploymentId = response.json().path("id").asText();
        deployments.add(deploymentId);
        List<ProcessDefinition> definitions = repositoryService
                .createProcessDefinitionQuery()
                .deploymentId(deploymentId)
                .list();
        assertThat(definitions).hasSize(1);
        return definitions.get(0);
    }

    /**
     * Opens a commitment on the variant process with the variables {@code CommitmentLifecycle.open} sends; as the
     * system, since advisers may start only the real lifecycle.
     */
    private String openVariant() {
        String id = runtimeService
                .startProcessInstanceByKey(
                        VARIANT_KEY,
                        Variables.createVariables()
                                .putValue("missionCode", "UNMISS")
                                .putValue("partyCode", "GOV-SSD")
                                .putValue("commitmentType", "JOINT_COMMUNIQUE")
                                .putValue("title", "Migration variant")
                                .putValue("targetSigningDate", TARGET_SIGNING.toString())
                                .putValue("sensitivity", "CONFIDENTIAL"))
                .getId();
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult()
                .getBusinessKey();
    }

    private String deployedForm(Task task) throws IOException {
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Object> engagementValues() {
        return Map.of(
                "engagementDate", "2026-09-01",
                "engagementLevel", "SENIOR_WPA",
                "counterpartRole", "Minister of Defence",
                "engagementOutcome", "Agreed to draft.",
                "engagementDecision", "READY_TO_DRAFT");
    }

    private static String lifecycle() {
        return read(Path.of(CommitmentLifecycleProcess.RESOURCE));
    }

    private static String form(String id) {
        return read(Path.of("forms", id + ".form"));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
