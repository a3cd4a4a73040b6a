package org.wps.commitments.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.plan.ImplementationPlanProcess;
import org.wps.commitments.testing.Models;

/**
 * The dashboard's Tasklist links, which the engine finds without the caller's authorization checks (for speed on
 * PostgreSQL) and the engine then narrows to what the caller may read: a link never leads to another mission's task, even one
 * started under the row's own reference, and never to a task the caller could not open in Tasklist; every link is
 * checked against the engine's own task query under the caller's authentication.
 */
@TrackerTest
class OverdueLinksTest {

    private static final Set<String> ALL = Set.of("UNMISS", "MINUSMA", "UNSOM", "MONUSCO", "MINUSCA");
    private static final Set<String> ALL_TENANTS =
            ALL.stream().map(Mission::tenantIdOf).collect(java.util.stream.Collectors.toSet());

    @Autowired
    OverdueService overdue;

    @Autowired
    OverdueSeed seed;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    private final List<String> deployments = new java.util.ArrayList<>();
    private final List<String> authorizations = new java.util.ArrayList<>();

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        authorizations.forEach(authorizationService::deleteAuthorization);
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        seed.removeAll();
    }

    @Test
    void aLinkNeverLeadsToAnotherMissionsTask_evenOneStartedUnderTheRowsReference() {
        Late late = lateCommitment("PLAN_DEVELOPMENT");
        String party = late.party();
        String reference = late.reference();
        String key = late.key();
        // another mission's task with the plan's task id, under this commitment's reference, and older than its own
        Task foreign =
                startTask(key, Mission.tenantIdOf("UNSOM"), reference, ImplementationPlanProcess.Elements.DRAFT_PLAN);
        Task own =
                startTask(key, Mission.tenantIdOf("UNMISS"), reference, ImplementationPlanProcess.Elements.DRAFT_PLAN);
        late.runsIn(own.getProcessInstanceId());

        OverdueRow asManager = row(party, reference, "manager", List.of(Roles.MANAGERS), ALL_TENANTS);
        assertThat(asManager.taskId()).isEqualTo(own.getId()).isNotEqualTo(foreign.getId());
        OverdueRow asAdviser =
                row(party, reference, "unmissAdviser", List.of(Roles.ADVISERS), Set.of(Mission.tenantIdOf("UNMISS")));
        assertThat(asAdviser.taskId()).isEqualTo(own.getId());

        // the only task under the reference is the other mission's: no link at all
        taskService.complete(own.getId());
        assertThat(row(party, reference, "manager", List.of(Roles.MANAGERS), ALL_TENANTS)
                        .taskUrl())
                .isNull();
    }

    @Test
    void aLinkNeverLeadsToATaskTheCallerCouldNotOpen() {
        Late late = lateCommitment("AWAITING_SIGNATURE");
        String party = late.party();
        String reference = late.reference();
        String key = late.key();
        Task task = startTask(
                key, Mission.tenantIdOf("UNMISS"), reference, CommitmentLifecycleProcess.Elements.RECORD_SIGNING);
        late.runsIn(task.getProcessInstanceId());
        String probe = "linkProbe" + UUID.randomUUID().toString().substring(0, 8);
        List<String> managers = List.of(Roles.MANAGERS);

        assertThat(row(party, reference, probe, managers, Set.of(Mission.tenantIdOf("UNMISS")))
                        .taskId())
                .as("a manager may open the task through the group's grants")
                .isEqualTo(task.getId());

        // a user of the mission whose groups hold no grant on tasks: the engine shows her nothing, nor do we
        assertThat(row(party, reference, probe, List.of("linkProbeGroup"), Set.of(Mission.tenantIdOf("UNMISS")))
                        .taskUrl())
                .isNull();

        // an administrator takes this one task away from her: the engine no longer shows it to her, nor do we
        revoke(probe, Resources.TASK, task.getId(), Permissions.READ);
        assertThat(row(party, reference, probe, managers, Set.of(Mission.tenantIdOf("UNMISS")))
                        .taskUrl())
                .isNull();
        assertThat(row(party, reference, "manager", managers, ALL_TENANTS).taskId())
                .as("others keep the link")
                .isEqualTo(task.getId());

        // outside the task's tenant, nobody but an administrator has the link
        assertThat(row(party, reference, "manager", managers, Set.of(Mission.tenantIdOf("UNSOM")))
                        .taskUrl())
                .isNull();
    }

    /** A late UNMISS commitment of its own party in {@code stage}, and a process key for its test model. */
    record Late(String party, String reference, String key, JdbcTemplate jdbc) {
        /** The commitment's process instance, as the lifecycle would record it. */
        void runsIn(String processInstanceId) {
            jdbc.update(
                    "update commitment set process_instance_id = ? where reference = ?", processInstanceId, reference);
        }
    }

    private Late lateCommitment(String stage) {
        String party = seed.party("UNMISS");
        String reference = "UNMISS-T-LINK-" + UUID.randomUUID();
        seed.commitment("UNMISS", party, reference, stage, -10);
        return new Late(
                party, reference, "links-" + UUID.randomUUID().toString().substring(0, 8), jdbc);
    }

    /** The row of the reference, as the user signed in to the engine sees it; its link checked against the engine. */
    private OverdueRow row(String party, String reference, String user, List<String> groups, Set<String> tenants) {
        identityService.setAuthentication(user, groups, List.copyOf(tenants));
        try {
            OverdueFilter filter = new OverdueFilter(ALL, null, party, null, null, DueBucket.OVERDUE, 0, 50, Set.of());
            OverdueRow row = overdue.page(filter).items().stream()
                    .filter(r -> reference.equals(r.commitmentReference()) && r.kind() == OverdueKind.COMMITMENT)
                    .findFirst()
                    .orElseThrow();
            if (row.taskId() != null) {
                Task visible =
                        taskService.createTaskQuery().taskId(row.taskId()).singleResult();
                assertThat(visible)
                        .as("the engine shows %s the task %s links to", user, row.taskId())
                        .isNotNull();
                assertThat(visible.getTenantId()).isEqualTo(Mission.tenantIdOf(row.mission()));
            }
            return row;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task startTask(String key, String tenant, String businessKey, String taskId) {
        String model = Models.deployable(key).replace("userTask_checkGuard", taskId);
        String deployment = repositoryService
                .createDeployment()
                .name(key)
                .tenantId(tenant)
                .addString(key + ".bpmn", model)
                .deploy()
                .getId();
        deployments.add(deployment);
        String instance = runtimeService
                .createProcessInstanceByKey(key)
                .processDefinitionTenantId(tenant)
                .setVariable("due", Date.from(Instant.now().plusSeconds(86_400)))
                .execute()
                .getId();
        // Set afterwards, behind the engine's back: the tracker's task listeners already refuse to create a task
        // under another mission's commitment (MissionScopeCheck); the links must hold even if such a task exists.
        jdbc.update("update ACT_RU_EXECUTION set BUSINESS_KEY_ = ? where PROC_INST_ID_ = ?", businessKey, instance);
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private void revoke(
            String user, Resources resource, String resourceId, org.camunda.bpm.engine.authorization.Permission p) {
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(user);
        revoke.setResource(resource);
        revoke.setResourceId(resourceId);
        revoke.removePermission(p);
        authorizations.add(authorizationService.saveAuthorization(revoke).getId());
    }
}
