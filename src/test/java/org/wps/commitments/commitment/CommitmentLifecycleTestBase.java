package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.closure.ClosureProcess;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.engagement.EngagementDecision;
import org.wps.commitments.engagement.EngagementRecordRepository;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.plan.ImplementationPlanRepository;
import org.wps.commitments.process.ProcessVariable;

/**
 * What the tests of {@code processes/commitment-lifecycle.bpmn} share, one subclass per family of paths (see
 * {@link #PATH_FAMILIES}): run against the whole application with its real delegates, listeners and database.
 * Every completion is made by a demo user of the task's candidate group, signed in the way Tasklist signs people in,
 * so the candidate groups are exercised, not only read. Time is the engine clock, set to a fixed day and moved
 * forward explicitly; timers are fired by element id. After the last family, the engine's history of the instances
 * they started must show every flow node passed.
 */
abstract class CommitmentLifecycleTestBase {

    /** The engine clock when every test starts (a Monday morning; calendar dates are UTC, as configured). */
    static final Instant FIRST_DAY = Instant.parse("2026-05-04T08:30:00Z");

    static final ZoneOffset ZONE = ZoneOffset.UTC;
    static final LocalDate TARGET_SIGNING_ON = LocalDate.parse("2026-10-15");

    // the commitments.* configuration defaults (application.yaml, CommitmentsProperties)
    static final Period ENGAGEMENT_STALLED_AFTER = Period.parse("P120D");
    static final Period SIGNATURE_ESCALATION_AFTER = Period.parse("P90D");
    static final Period PLAN_WARNING_AFTER = Period.parse("P6M");
    static final Period PLAN_ESCALATION_AFTER = Period.parse("P12M");
    static final Period DRAFTING = Period.parse("P60D");
    static final Period SENIOR_REVIEW = Period.parse("P14D");
    static final Period CLEARANCE = Period.parse("P30D");

    /** Camunda's default task priority, and the one reminders raise late work to. */
    static final int NORMAL_PRIORITY = 50;

    static final int URGENT_PRIORITY = 90;

    // demo users (DemoUser), one per candidate group of the model
    static final String ADVISER = "unmissAdviser";
    static final String SENIOR_ADVISER = "unmissSenior";
    static final String OSRSG_DESK = "osrsgDesk";
    static final Map<String, String> MEMBER_OF =
            Map.of(Roles.ADVISERS, ADVISER, Roles.SENIOR_ADVISERS, SENIOR_ADVISER, Roles.OSRSG_SVC, OSRSG_DESK);

    /** What may stay in the process: references, the stage, routing decisions and due dates, never form input. */
    static final Set<String> PROCESS_VARIABLES = Stream.of(
                    COMMITMENT_ID,
                    REFERENCE,
                    MISSION_CODE,
                    STAGE,
                    STAGE_DUE_DATE,
                    SIGNATURE_ESCALATION_DATE,
                    PLAN_OUTCOME,
                    ENGAGEMENT_DECISION,
                    REVIEW_DECISION,
                    CLEARANCE_DECISION,
                    SIGNING_OUTCOME,
                    // the escalation ladder's result, read by the gateway after it
                    ESCALATION_DECISION,
                    OverdueEscalationProcess.Variables.NEW_DEADLINE,
                    // monitoring after signing: timer settings, the final assessment's due date and outcome
                    org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REVIEW_CYCLE,
                    org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REASSESS_AFTER,
                    ClosureProcess.Variables.FINAL_ASSESSMENT_DUE,
                    ClosureProcess.Variables.CLOSURE_DECISION,
                    ClosureProcess.Variables.CLOSED_AS)
            .map(ProcessVariable::name)
            .collect(Collectors.toUnmodifiableSet());

    /** The classes that together test every path of the lifecycle (and so cover every flow node). */
    static final List<Class<? extends CommitmentLifecycleTestBase>> PATH_FAMILIES = List.of(
            CommitmentLifecycleHappyPathTest.class,
            CommitmentLifecycleEngagementTest.class,
            CommitmentLifecycleReviewAndClearanceTest.class,
            CommitmentLifecycleRemindersTest.class,
            CommitmentLifecycleSigningTest.class,
            CommitmentLifecycleImplementationTest.class,
            CommitmentLifecycleConcernTest.class,
            CommitmentLifecycleClosureTest.class,
            CommitmentLifecycleInputTest.class);

    private static final AtomicBoolean COVERAGE_CHECKED = new AtomicBoolean();

    /** Every process instance the lifecycle's test classes started, for the flow-node coverage check. */
    static final Set<String> STARTED_INSTANCES = ConcurrentHashMap.newKeySet();
    /** Test methods that ran, as class#method; coverage is only asserted once all of them did. */
    static final Set<String> TESTS_RUN = ConcurrentHashMap.newKeySet();

    static HistoryService coverageHistory;
    static RepositoryService coverageRepository;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    CommitmentLifecycle lifecycle;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    EngagementRecordRepository engagements;

    @Autowired
    CommitmentDecisionRepository decisions;

    @Autowired
    ImplementationPlanRepository plans;

    @Autowired
    org.wps.commitments.plan.PlanDriver planDriver;

    @Autowired
    org.wps.commitments.process.Jobs jobs;

    @Autowired
    org.wps.commitments.escalation.EscalationRepository escalations;

    @Autowired
    Clock clock;

    @Autowired
    org.wps.commitments.review.ReviewDriver reviewDriver;

    @Autowired
    CommitmentService commitmentService;

    @Autowired
    org.wps.commitments.concern.ComplianceConcernRepository concerns;

    @Autowired
    org.wps.commitments.review.MonitoringReviewRepository reviews;

    @Autowired
    org.wps.commitments.plan.PlanActivityRepository activities;

    @BeforeEach
    void bind(TestInfo test) {
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(FIRST_DAY));
        coverageHistory = historyService;
        coverageRepository = repositoryService;
        TESTS_RUN.add(test.getTestClass().orElseThrow().getName() + "#"
                + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    /**
     * Every flow node of the deployed model was passed by some test of the lifecycle's test classes, as the engine's
     * history records it (activity instances include boundary events, gateways and end events at history level
     * full). Checked after the last of {@link #PATH_FAMILIES} has run, and only when every test of them all did (not
     * for a single class or method).
     */
    @AfterAll
    static void everyFlowNodeWasPassed() {
        Set<String> declared = PATH_FAMILIES.stream()
                .flatMap(family -> Stream.of(family.getDeclaredMethods())
                        .filter(m ->
                                m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class))
                        .map(m -> family.getName() + "#" + m.getName()))
                .collect(Collectors.toSet());
        if (!TESTS_RUN.containsAll(declared)
                || coverageHistory == null
                || !COVERAGE_CHECKED.compareAndSet(false, true)) {
            System.out.printf(
                    "flow-node coverage of %s not checked yet: %d of %d tests ran%n",
                    CommitmentLifecycleProcess.KEY, TESTS_RUN.size(), declared.size());
            return;
        }
        Set<String> definitions = STARTED_INSTANCES.stream()
                .map(id -> coverageHistory
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(id)
                        .singleResult())
                .map(HistoricProcessInstance::getProcessDefinitionId)
                .collect(Collectors.toSet());
        assertThat(definitions)
                .as("process definitions of the instances this class started")
                .hasSize(1);
        Set<String> flowNodes =
                coverageRepository
                        .getBpmnModelInstance(definitions.iterator().next())
                        .getModelElementsByType(FlowNode.class)
                        .stream()
                        .map(FlowNode::getId)
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> passed = STARTED_INSTANCES.stream()
                .flatMap(id ->
                        coverageHistory.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream())
                .map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        List<String> missing =
                flowNodes.stream().filter(id -> !passed.contains(id)).toList();
        System.out.printf(
                "flow-node coverage of %s: %d of %d flow nodes in %d process instances%n",
                CommitmentLifecycleProcess.KEY,
                flowNodes.size() - missing.size(),
                flowNodes.size(),
                STARTED_INSTANCES.size());
        assertThat(missing)
                .as("flow nodes of %s that no test passed", CommitmentLifecycleProcess.KEY)
                .isEmpty();
    }

    String toImplementation(ProcessInstance pi) {
        toPlanDevelopment(pi);
        String reference = commitmentOf(pi).getReference();
        planDriver.draftAndValidate(reference, today(), today().plusMonths(4));
        assertStage(pi, CommitmentStage.IMPLEMENTATION, null);
        return reference;
    }

    /** The demo users that decide concerns. */
    ProcessInstance open(String title) {
        signIn(ADVISER);
        Commitment commitment;
        try {
            commitment = lifecycle.open(newCommitment(title));
        } finally {
            identityService.clearAuthentication();
        }
        STARTED_INSTANCES.add(commitment.getProcessInstanceId());
        ProcessInstance pi = runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(commitment.getProcessInstanceId())
                .singleResult();
        assertThat(pi)
                .isNotNull()
                .hasProcessDefinitionKey(CommitmentLifecycleProcess.KEY)
                .isWaitingAtExactly(RECORD_ENGAGEMENT);
        return pi;
    }

    static NewCommitment newCommitment(String title) {
        return new NewCommitment(
                "UNMISS",
                "GOV-SSD",
                CommitmentType.JOINT_COMMUNIQUE,
                title,
                TARGET_SIGNING_ON,
                Sensitivity.CONFIDENTIAL,
                null);
    }

    void toDrafting(ProcessInstance pi) {
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.READY_TO_DRAFT));
        assertThat(pi).isWaitingAtExactly(DRAFT_TEXT);
    }

    void toSeniorReview(ProcessInstance pi) {
        toDrafting(pi);
        complete(pi, DRAFT_TEXT, draft());
        assertThat(pi).isWaitingAtExactly(REVIEW_DRAFT);
    }

    void toClearance(ProcessInstance pi) {
        toSeniorReview(pi);
        complete(pi, REVIEW_DRAFT, form(REVIEW_DECISION, "APPROVE"));
        assertThat(pi).isWaitingAtExactly(CLEAR_TEXT);
    }

    void toAwaitingSignature(ProcessInstance pi) {
        toClearance(pi);
        complete(pi, CLEAR_TEXT, form(CLEARANCE_DECISION, "CLEAR"));
        assertThat(pi).isWaitingAtExactly(RECORD_SIGNING);
    }

    /** Decides the open level of the commitment's escalation ladder as the mission's senior adviser. */
    void decideOnLadder(String reference, String decision, LocalDate newDeadline, String note) {
        var values = new java.util.HashMap<String, Object>();
        values.put("escalationDecision", decision);
        values.put("decisionNote", note);
        if (newDeadline != null) {
            values.put("newDeadline", newDeadline.toString());
        }
        jobs.complete(
                jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE),
                SENIOR_ADVISER,
                Roles.SENIOR_ADVISERS,
                values);
    }

    /** Signs the commitment today and returns the signing date. */
    LocalDate toPlanDevelopment(ProcessInstance pi) {
        toAwaitingSignature(pi);
        LocalDate signedOn = today();
        complete(pi, RECORD_SIGNING, signed(signedOn));
        assertThat(pi).isWaitingAtExactly(ClosureProcess.Elements.IMPLEMENTATION, IMPLEMENTATION_PLAN);
        return signedOn;
    }

    /**
     * Completes the process instance's open task {@code taskKey} with the given form values, signed in as a
     * demo user of the task's candidate group.
     */
    Task complete(ProcessInstance pi, String taskKey, Map<String, Object> values) {
        Task task = openTask(pi, taskKey);
        signIn(MEMBER_OF.get(candidateGroupOf(task)));
        try {
            taskService.complete(task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
        return task;
    }

    /**
     * Fires the boundary timer {@code timerId} at its due date (the engine clock moves there) and runs the
     * asynchronous continuation of the reminder service task it leads to.
     */
    void fireTimer(ProcessInstance pi, String timerId) {
        BoundaryEvent timer = repositoryService
                .getBpmnModelInstance(pi.getProcessDefinitionId())
                .getModelElementById(timerId);
        assertThat(pi).isWaitingAt(timer.getAttachedTo().getId());
        Job job = job(timerId);
        assertThat(job).as(timerId).isNotNull();
        ClockUtil.setCurrentTime(job.getDuedate());
        execute(job);
        for (Job continuation : managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .messages()
                .list()) {
            execute(continuation);
        }
        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }

    void signIn(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).list().stream()
                .map(Tenant::getId)
                .toList();
        identityService.setAuthentication(userId, groups, tenants);
    }

    void advance(Period period) {
        ClockUtil.setCurrentTime(Date.from(plus(clock.instant(), period)));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    // ---------------------------------------------------------------- form values, as Camunda Forms send them

    static Map<String, Object> engagement(LocalDate date, EngagementDecision decision) {
        return form(
                ENGAGEMENT_DATE,
                date.toString(),
                ENGAGEMENT_LEVEL,
                "SENIOR_WPA",
                COUNTERPART_ROLE,
                "Deputy Chief of Defence Forces",
                ENGAGEMENT_OUTCOME,
                "Agreed to negotiate a joint communiqué.",
                ENGAGEMENT_DECISION,
                decision.name());
    }

    static Map<String, Object> draft() {
        return form(
                COMMITMENT_ELEMENTS,
                List.of("CHAIN_OF_COMMAND_ORDERS", "ACCOUNTABILITY"),
                DRAFT_REFERENCE,
                "DMS/UNMISS/2026/114",
                DRAFT_SUMMARY,
                "Orders to commanders and accountability for violations.");
    }

    static Map<String, Object> signed(LocalDate signedOn) {
        return form(
                SIGNING_OUTCOME,
                "SIGNED",
                SIGNED_ON,
                signedOn.toString(),
                SIGNING_PLACE,
                "Juba",
                SIGNATORY_TITLES,
                "Minister of Defence; SRSG",
                DOCUMENT_REFERENCE,
                "UNMISS/JC/2026/07");
    }

    /** Form values keyed by the descriptor's variables: {@code form(VAR, value, VAR, value, ...)}. */
    static Map<String, Object> form(Object... variablesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variablesAndValues.length; i += 2) {
            values.put(((ProcessVariable<?>) variablesAndValues[i]).name(), variablesAndValues[i + 1]);
        }
        return values;
    }

    static String uniqueTitle() {
        return "Joint communiqué on CRSV " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    // ---------------------------------------------------------------- what the world sees

    Commitment commitmentOf(ProcessInstance pi) {
        return commitments.findByProcessInstanceId(pi.getId()).orElseThrow();
    }

    List<CommitmentDecision> decisionsOf(ProcessInstance pi) {
        return decisions.findByCommitmentIdOrderByDecidedAtAscIdAsc(
                commitmentOf(pi).getId());
    }

    void assertStage(ProcessInstance pi, CommitmentStage stage, Instant dueDate) {
        Commitment commitment = commitmentOf(pi);
        assertThat(commitment.getStage()).isEqualTo(stage);
        assertThat(commitment.getStageDueDate()).isEqualTo(dueDate);
        assertThat(commitment.getClosedAt()).isNull();
        boolean running = runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .count()
                > 0;
        if (running) {
            assertThat(runtimeService.getVariable(pi.getId(), STAGE.name()))
                    .as(STAGE.name())
                    .isEqualTo(stage.name());
        }
        if (dueDate != null && running) {
            assertThat(dateVariable(pi, STAGE_DUE_DATE)).isEqualTo(dueDate);
        }
    }

    void assertClosed(ProcessInstance pi, CommitmentStage outcome, String note) {
        Commitment commitment = commitmentOf(pi);
        assertThat(commitment.getStage()).isEqualTo(outcome);
        assertThat(commitment.getStageDueDate()).isNull();
        assertThat(commitment.getClosingNote()).isEqualTo(note);
        assertThat(commitment.getClosedAt()).isEqualTo(clock.instant());
    }

    /** The stage's task: for the candidate group, due when the commitment's stage is due. */
    Task assertStageTask(ProcessInstance pi, String taskKey, String group) {
        return assertTask(pi, taskKey, group, commitmentOf(pi).getStageDueDate());
    }

    Task assertTask(ProcessInstance pi, String taskKey, String group, Instant dueDate) {
        Task task = openTask(pi, taskKey);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getType, IdentityLink::getGroupId, IdentityLink::getUserId)
                .as("candidate groups of %s", taskKey)
                .containsExactly(tuple(IdentityLinkType.CANDIDATE, group, null));
        assertThat(task.getAssignee()).isNull();
        assertThat(task.getDueDate()).as("due date of %s", taskKey).isNotNull();
        assertThat(task.getDueDate().toInstant()).as("due date of %s", taskKey).isEqualTo(dueDate);
        assertThat(task.getTenantId()).isEqualTo("unmiss");
        assertThat(task.getPriority()).isEqualTo(NORMAL_PRIORITY);
        return task;
    }

    Task openTask(ProcessInstance pi, String taskKey) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("open task %s", taskKey).isNotNull();
        return task;
    }

    String candidateGroupOf(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .findFirst()
                .orElseThrow();
    }

    void assertOpenTasks(ProcessInstance pi, String... taskKeys) {
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder(taskKeys);
    }

    /** Exactly these timers are waiting, and no other job. */
    void assertTimers(ProcessInstance pi, String... timerIds) {
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .as("jobs of the process instance")
                .isEqualTo(timerIds.length);
        for (String timerId : timerIds) {
            assertThat(managementService
                            .createJobQuery()
                            .processInstanceId(pi.getId())
                            .timers()
                            .activityId(timerId)
                            .count())
                    .as(timerId)
                    .isEqualTo(1);
        }
    }

    Instant timerDue(ProcessInstance pi, String timerId) {
        Job timer = managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .activityId(timerId)
                .singleResult();
        assertThat(timer).as(timerId).isNotNull();
        return timer.getDuedate().toInstant();
    }

    Instant dateVariable(ProcessInstance pi, ProcessVariable<Date> variable) {
        Object value = runtimeService.getVariable(pi.getId(), variable.name());
        assertThat(value).as(variable.name()).isInstanceOf(Date.class);
        return ((Date) value).toInstant();
    }

    /** The late task moved to the top of its group's list and the commitment noted the reminder. */
    void assertReminded(ProcessInstance pi, String lateTaskKey, int reminders) {
        assertThat(openTask(pi, lateTaskKey).getPriority()).isEqualTo(URGENT_PRIORITY);
        Commitment commitment = commitmentOf(pi);
        assertThat(commitment.getReminderCount()).isEqualTo(reminders);
        assertThat(commitment.getLastReminderAt()).isEqualTo(clock.instant());
    }

    void assertOnlyReferenceVariables(ProcessInstance pi) {
        assertThat(runtimeService
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(pi.getId())
                        .list())
                .extracting(VariableInstance::getName)
                .isSubsetOf(PROCESS_VARIABLES);
    }

    void assertNothingLeft(ProcessInstance pi) {
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count())
                .isZero();
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
        assertThat(runtimeService
                        .createExecutionQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }

    /**
     * The senior review ended without an answer: its task was cancelled, not completed, and an answer given
     * afterwards (say, from a Tasklist page left open) reaches nothing.
     */
    void assertReviewEndedUnanswered(Task review, Map<String, Object> lateAnswer) {
        HistoricTaskInstance ended = historyService
                .createHistoricTaskInstanceQuery()
                .taskId(review.getId())
                .singleResult();
        assertThat(ended.getEndTime())
                .as("end of %s", review.getTaskDefinitionKey())
                .isNotNull();
        assertThat(ended.getDeleteReason())
                .as("%s was not completed", review.getTaskDefinitionKey())
                .isNotEqualTo("completed");
        signIn(SENIOR_ADVISER);
        try {
            assertThatThrownBy(() -> taskService.complete(review.getId(), lateAnswer))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Cannot find task");
        } finally {
            identityService.clearAuthentication();
        }
    }

    static Instant plus(Instant instant, Period period) {
        return instant.atZone(ZONE).plus(period).toInstant();
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
