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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
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
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.closure.ClosureProcess;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.concern.ComplianceConcernProcess;
import org.wps.commitments.engagement.EngagementDecision;
import org.wps.commitments.engagement.EngagementLevel;
import org.wps.commitments.engagement.EngagementRecord;
import org.wps.commitments.engagement.EngagementRecordRepository;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.escalation.EscalationDecision;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.plan.ImplementationPlanRepository;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.review.MonitoringReview;
import org.wps.commitments.review.ReviewFollowUp;
import org.wps.commitments.system.Input;

/**
 * One method per path of {@code processes/commitment-lifecycle.bpmn}, run against the whole application with
 * its real delegates, listeners and database. Every completion is made by a demo user of the task's candidate
 * group, signed in the way Tasklist signs people in, so the candidate groups are exercised, not only read.
 * Time is the engine clock, set to a fixed day and moved forward explicitly; timers are fired by element id.
 * After the last test, the engine's history of the instances started here must show every flow node passed.
 */
@TrackerTest
class CommitmentLifecycleProcessTest {

    /** The engine clock when every test starts (a Monday morning; calendar dates are UTC, as configured). */
    private static final Instant FIRST_DAY = Instant.parse("2026-05-04T08:30:00Z");

    private static final ZoneOffset ZONE = ZoneOffset.UTC;
    private static final LocalDate TARGET_SIGNING_ON = LocalDate.parse("2026-10-15");

    // the commitments.* configuration defaults (application.yaml, CommitmentsProperties)
    private static final Period ENGAGEMENT_STALLED_AFTER = Period.parse("P120D");
    private static final Period SIGNATURE_ESCALATION_AFTER = Period.parse("P90D");
    private static final Period PLAN_WARNING_AFTER = Period.parse("P6M");
    private static final Period PLAN_ESCALATION_AFTER = Period.parse("P12M");
    private static final Period DRAFTING = Period.parse("P60D");
    private static final Period SENIOR_REVIEW = Period.parse("P14D");
    private static final Period CLEARANCE = Period.parse("P30D");

    /** Camunda's default task priority, and the one reminders raise late work to. */
    private static final int NORMAL_PRIORITY = 50;

    private static final int URGENT_PRIORITY = 90;

    // demo users (DemoUser), one per candidate group of the model
    private static final String ADVISER = "unmissAdviser";
    private static final String SENIOR_ADVISER = "unmissSenior";
    private static final String OSRSG_DESK = "osrsgDesk";
    private static final Map<String, String> MEMBER_OF =
            Map.of(Roles.ADVISERS, ADVISER, Roles.SENIOR_ADVISERS, SENIOR_ADVISER, Roles.OSRSG_SVC, OSRSG_DESK);

    /** What may stay in the process: references, the stage, routing decisions and due dates, never form input. */
    private static final Set<String> PROCESS_VARIABLES = Stream.of(
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
                    org.wps.commitments.review.MonitoringSchedule.REVIEW_CYCLE,
                    org.wps.commitments.review.MonitoringSchedule.REASSESS_AFTER,
                    ClosureProcess.Variables.FINAL_ASSESSMENT_DUE,
                    ClosureProcess.Variables.CLOSURE_DECISION,
                    ClosureProcess.Variables.CLOSED_AS)
            .map(ProcessVariable::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Every process instance this class started, for the flow-node coverage check after the last test. */
    private static final Set<String> STARTED_INSTANCES = ConcurrentHashMap.newKeySet();
    /** Test methods that ran; coverage is only asserted when all of them did (not for a single-method run). */
    private static final AtomicInteger TESTS_RUN = new AtomicInteger();

    private static HistoryService coverageHistory;
    private static RepositoryService coverageRepository;

    @Autowired
    private ProcessEngine processEngine;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private TaskService taskService;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private HistoryService historyService;

    @Autowired
    private RepositoryService repositoryService;

    @Autowired
    private CommitmentLifecycle lifecycle;

    @Autowired
    private CommitmentRepository commitments;

    @Autowired
    private EngagementRecordRepository engagements;

    @Autowired
    private CommitmentDecisionRepository decisions;

    @Autowired
    private ImplementationPlanRepository plans;

    @Autowired
    private org.wps.commitments.plan.PlanDriver planDriver;

    @Autowired
    private org.wps.commitments.process.Jobs jobs;

    @Autowired
    private org.wps.commitments.escalation.EscalationRepository escalations;

    @Autowired
    private Clock clock;

    @Autowired
    private org.wps.commitments.review.ReviewDriver reviewDriver;

    @Autowired
    private CommitmentService commitmentService;

    @Autowired
    private org.wps.commitments.concern.ComplianceConcernRepository concerns;

    @Autowired
    private org.wps.commitments.review.MonitoringReviewRepository reviews;

    @Autowired
    private org.wps.commitments.plan.PlanActivityRepository activities;

    @BeforeEach
    void bind() {
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(FIRST_DAY));
        coverageHistory = historyService;
        coverageRepository = repositoryService;
        TESTS_RUN.incrementAndGet();
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    /**
     * Every flow node of the deployed model was passed by some test of this class, as the engine's history
     * records it (activity instances include boundary events, gateways and end events at history level full).
     */
    @AfterAll
    static void everyFlowNodeWasPassed() {
        int declared = (int) Stream.of(CommitmentLifecycleProcessTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class))
                .count();
        if (TESTS_RUN.get() < declared || coverageHistory == null) {
            System.out.printf(
                    "flow-node coverage of %s not checked: %d of %d tests ran%n",
                    CommitmentLifecycleProcess.KEY, TESTS_RUN.get(), declared);
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

    // ---------------------------------------------------------------- main path

    @Test
    void happyPath_engagementToImplementationPlan() {
        String title = uniqueTitle();
        ProcessInstance pi = open(title);

        Commitment opened = commitmentOf(pi);
        assertThat(opened.getReference()).matches("UNMISS-JC-2026-\\d{2,}");
        assertThat(pi).hasBusinessKey(opened.getReference());
        assertThat(pi.getTenantId()).isEqualTo("unmiss");
        assertThat(opened.getTitle()).isEqualTo(title);
        assertThat(opened.getMissionCode()).isEqualTo("UNMISS");
        assertThat(opened.getPartyCode()).isEqualTo("GOV-SSD");
        assertThat(opened.getType()).isEqualTo(CommitmentType.JOINT_COMMUNIQUE);
        assertThat(opened.getTargetSigningDate()).isEqualTo(TARGET_SIGNING_ON);
        assertThat(opened.getSensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(opened.getOpenedBy()).isEqualTo(ADVISER);
        assertThat(opened.getOpenedAt()).isEqualTo(FIRST_DAY);
        assertStage(pi, CommitmentStage.ENGAGEMENT, plus(FIRST_DAY, ENGAGEMENT_STALLED_AFTER));
        assertStageTask(pi, RECORD_ENGAGEMENT, Roles.ADVISERS);
        assertTimers(pi, ENGAGEMENT_STALLED);
        assertThat(timerDue(pi, ENGAGEMENT_STALLED)).isEqualTo(opened.getStageDueDate());
        assertThat(runtimeService.getVariables(pi.getId()))
                .containsEntry(COMMITMENT_ID.name(), opened.getId())
                .containsEntry(REFERENCE.name(), opened.getReference())
                .containsEntry(MISSION_CODE.name(), "UNMISS")
                .doesNotContainKeys(
                        TITLE.name(),
                        PARTY_CODE.name(),
                        COMMITMENT_TYPE.name(),
                        TARGET_SIGNING_DATE.name(),
                        SENSITIVITY.name());
        assertOnlyReferenceVariables(pi);

        advance(Period.ofDays(20));
        LocalDate engagedOn = today().minusDays(2);
        complete(pi, RECORD_ENGAGEMENT, engagement(engagedOn, EngagementDecision.READY_TO_DRAFT));
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(opened.getId()))
                .singleElement()
                .satisfies(engagement -> {
                    assertThat(engagement.getEngagedOn()).isEqualTo(engagedOn);
                    assertThat(engagement.getLevel()).isEqualTo(EngagementLevel.SENIOR_WPA);
                    assertThat(engagement.getCounterpartRole()).isEqualTo("Deputy Chief of Defence Forces");
                    assertThat(engagement.getOutcome()).isEqualTo("Agreed to negotiate a joint communiqué.");
                    assertThat(engagement.getDecision()).isEqualTo(EngagementDecision.READY_TO_DRAFT);
                    assertThat(engagement.getRecordedBy()).isEqualTo(ADVISER);
                    assertThat(engagement.getRecordedAt()).isEqualTo(clock.instant());
                });
        assertStage(pi, CommitmentStage.DRAFTING, plus(clock.instant(), DRAFTING));
        assertStageTask(pi, DRAFT_TEXT, Roles.ADVISERS);
        assertTimers(pi, DRAFT_OVERDUE);
        assertThat(timerDue(pi, DRAFT_OVERDUE)).isEqualTo(commitmentOf(pi).getStageDueDate());
        assertThat(runtimeService.getVariables(pi.getId()))
                .doesNotContainKeys(
                        ENGAGEMENT_DATE.name(),
                        ENGAGEMENT_LEVEL.name(),
                        COUNTERPART_ROLE.name(),
                        ENGAGEMENT_OUTCOME.name());
        assertOnlyReferenceVariables(pi);

        advance(Period.ofDays(30));
        complete(pi, DRAFT_TEXT, draft());
        Commitment drafted = commitmentOf(pi);
        assertThat(drafted.getElements())
                .containsExactly(CommitmentElement.CHAIN_OF_COMMAND_ORDERS, CommitmentElement.ACCOUNTABILITY);
        assertThat(drafted.getDraftReference()).isEqualTo("DMS/UNMISS/2026/114");
        assertThat(drafted.getDraftSummary()).isEqualTo("Orders to commanders and accountability for violations.");
        assertStage(pi, CommitmentStage.SENIOR_REVIEW, plus(clock.instant(), SENIOR_REVIEW));
        assertStageTask(pi, REVIEW_DRAFT, Roles.SENIOR_ADVISERS);
        assertTimers(pi, REVIEW_OVERDUE);
        assertThat(timerDue(pi, REVIEW_OVERDUE)).isEqualTo(commitmentOf(pi).getStageDueDate());
        assertOnlyReferenceVariables(pi);

        advance(Period.ofDays(5));
        complete(pi, REVIEW_DRAFT, form(REVIEW_DECISION, "APPROVE", REVIEW_COMMENT, "Ready for the desk."));
        assertStage(pi, CommitmentStage.CLEARANCE, plus(clock.instant(), CLEARANCE));
        assertStageTask(pi, CLEAR_TEXT, Roles.OSRSG_SVC);
        assertTimers(pi, CLEARANCE_OVERDUE);
        assertThat(timerDue(pi, CLEARANCE_OVERDUE)).isEqualTo(commitmentOf(pi).getStageDueDate());
        assertOnlyReferenceVariables(pi);

        advance(Period.ofDays(10));
        complete(pi, CLEAR_TEXT, form(CLEARANCE_DECISION, "CLEAR"));
        Instant escalation = startOf(TARGET_SIGNING_ON.plus(SIGNATURE_ESCALATION_AFTER));
        assertThat(escalation).isEqualTo(Instant.parse("2027-01-13T00:00:00Z"));
        assertStage(pi, CommitmentStage.AWAITING_SIGNATURE, startOf(TARGET_SIGNING_ON));
        assertStageTask(pi, RECORD_SIGNING, Roles.ADVISERS);
        assertTimers(pi, TARGET_SIGNING_DATE_PASSED, SIGNATURE_OVERDUE);
        assertThat(timerDue(pi, TARGET_SIGNING_DATE_PASSED)).isEqualTo(startOf(TARGET_SIGNING_ON));
        assertThat(timerDue(pi, SIGNATURE_OVERDUE)).isEqualTo(escalation);
        assertThat(dateVariable(pi, SIGNATURE_ESCALATION_DATE)).isEqualTo(escalation);
        assertOnlyReferenceVariables(pi);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-20T10:00:00Z")));
        LocalDate signedOn = LocalDate.parse("2026-09-18");
        complete(pi, RECORD_SIGNING, signed(signedOn));
        Commitment signed = commitmentOf(pi);
        assertThat(signed.getSignedOn()).isEqualTo(signedOn);
        assertThat(signed.getSigningPlace()).isEqualTo("Juba");
        assertThat(signed.getSignatoryTitles()).isEqualTo("Minister of Defence; SRSG");
        assertThat(signed.getDocumentReference()).isEqualTo("UNMISS/JC/2026/07");
        assertStage(pi, CommitmentStage.PLAN_DEVELOPMENT, startOf(signedOn.plus(PLAN_WARNING_AFTER)));
        assertThat(signed.getStageDueDate()).isEqualTo(Instant.parse("2027-03-18T00:00:00Z"));
        assertThat(pi).isWaitingAtExactly(ClosureProcess.Elements.IMPLEMENTATION, IMPLEMENTATION_PLAN);
        assertThat(runtimeService.getVariables(pi.getId()))
                .doesNotContainKeys(
                        SIGNED_ON.name(), SIGNING_PLACE.name(), SIGNATORY_TITLES.name(), DOCUMENT_REFERENCE.name());
        assertOnlyReferenceVariables(pi);

        // the plan is drafted, validated and followed in its own process (ImplementationPlanProcessTest)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T09:00:00Z")));
        planDriver.draftAndValidate(
                opened.getReference(), LocalDate.parse("2026-11-30"), LocalDate.parse("2027-06-30"));
        assertStage(pi, CommitmentStage.IMPLEMENTATION, null);
        planDriver.completeEveryActivity(opened.getReference());
        // the completed plan proposes the final compliance assessment; the senior adviser closes it as fulfilled
        reviewDriver.assessFinalCompliance(
                opened.getReference(),
                form(
                        ClosureProcess.Variables.CLOSURE_DECISION,
                        "FULFILLED",
                        ClosureProcess.Variables.CLOSURE_REASON,
                        "Every element implemented and verified."));
        assertClosed(pi, CommitmentStage.FULFILLED, "Every element implemented and verified.");
        assertThat(plans.findByCommitmentIdOrderByIdAsc(opened.getId()))
                .singleElement()
                .satisfies(plan -> {
                    assertThat(plan.getStatus()).isEqualTo(org.wps.commitments.plan.PlanStatus.COMPLETED);
                    assertThat(plan.getValidatedOn()).isEqualTo(LocalDate.parse("2026-11-30"));
                });
        assertThat(decisionsOf(pi))
                .extracting(
                        CommitmentDecision::getStep,
                        CommitmentDecision::getDecision,
                        CommitmentDecision::getComment,
                        CommitmentDecision::getDecidedBy)
                .containsExactly(
                        tuple(Step.SENIOR_REVIEW, "APPROVE", "Ready for the desk.", SENIOR_ADVISER),
                        tuple(Step.CLEARANCE, "CLEAR", null, OSRSG_DESK),
                        tuple(Step.SIGNING, "SIGNED", null, ADVISER),
                        tuple(
                                Step.FINAL_ASSESSMENT,
                                "FULFILLED",
                                "Every element implemented and verified.",
                                SENIOR_ADVISER));
        assertThat(commitmentOf(pi).getReminderCount()).isZero();

        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        START,
                        OPEN_COMMITMENT,
                        JOIN_ENGAGEMENT,
                        RECORD_ENGAGEMENT,
                        ENGAGEMENT_DECISION_GATEWAY,
                        JOIN_DRAFTING,
                        DRAFT_TEXT,
                        REVIEW_DRAFT,
                        REVIEW_DECISION_GATEWAY,
                        CLEAR_TEXT,
                        CLEARANCE_DECISION_GATEWAY,
                        RECORD_SIGNING,
                        SIGNING_OUTCOME_GATEWAY,
                        IMPLEMENTATION_PLAN,
                        PLAN_OUTCOME_GATEWAY,
                        ClosureProcess.Elements.CLOSURE_ASSESSMENT_DUE_THROWN,
                        ClosureProcess.Elements.OPEN_FINAL_ASSESSMENT,
                        ClosureProcess.Elements.ASSESS_FINAL_COMPLIANCE,
                        ClosureProcess.Elements.CLOSE_COMMITMENT,
                        ClosureProcess.Elements.COMMITMENT_CLOSED,
                        ClosureProcess.Elements.COMMITMENT_CLOSED_CAUGHT,
                        ClosureProcess.Elements.CLOSE_OPEN_WORK,
                        ClosureProcess.Elements.CLOSED_AS_GATEWAY,
                        ClosureProcess.Elements.COMMITMENT_FULFILLED)
                .hasNotPassed(
                        ENGAGEMENT_STALLED,
                        DRAFT_OVERDUE,
                        REVIEW_OVERDUE,
                        CLEARANCE_OVERDUE,
                        TARGET_SIGNING_DATE_PASSED,
                        SIGNATURE_OVERDUE,
                        COMMITMENT_LAPSED,
                        COMMITMENT_ABANDONED,
                        COMMITMENT_DECLINED,
                        SIGNING_REFUSED);
        assertNothingLeft(pi);
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName(TITLE.name())
                        .includeDeleted()
                        .singleResult()
                        .getValue())
                .as("history keeps the start form")
                .isEqualTo(title);
    }

    // ---------------------------------------------------------------- engagement

    @Test
    void keepEngaging_loopsBackAndRenewsTheStalledPeriod() {
        ProcessInstance pi = open(uniqueTitle());
        Task first = openTask(pi, RECORD_ENGAGEMENT);

        advance(Period.ofDays(30));
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.CONTINUE));

        Instant renewed = plus(clock.instant(), ENGAGEMENT_STALLED_AFTER);
        assertThat(renewed).isAfter(plus(FIRST_DAY, ENGAGEMENT_STALLED_AFTER));
        assertStage(pi, CommitmentStage.ENGAGEMENT, renewed);
        Task second = assertStageTask(pi, RECORD_ENGAGEMENT, Roles.ADVISERS);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertTimers(pi, ENGAGEMENT_STALLED);
        assertThat(timerDue(pi, ENGAGEMENT_STALLED)).isEqualTo(renewed);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(EngagementRecord::getDecision)
                .containsExactly(EngagementDecision.CONTINUE);
        assertThat(pi)
                .isWaitingAtExactly(RECORD_ENGAGEMENT)
                .hasPassedInOrder(RECORD_ENGAGEMENT, ENGAGEMENT_DECISION_GATEWAY, JOIN_ENGAGEMENT)
                .hasNotPassed(JOIN_DRAFTING, COMMITMENT_ABANDONED, ENGAGEMENT_STALLED);
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pi.getId())
                        .activityId(JOIN_ENGAGEMENT)
                        .count())
                .isEqualTo(2);
        assertOnlyReferenceVariables(pi);
    }

    @Test
    void engagementAbandoned_closesAsAbandoned() {
        ProcessInstance pi = open(uniqueTitle());

        advance(Period.ofDays(3));
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.ABANDON));

        assertClosed(pi, CommitmentStage.ABANDONED, "Agreed to negotiate a joint communiqué.");
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(EngagementRecord::getDecision)
                .containsExactly(EngagementDecision.ABANDON);
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(RECORD_ENGAGEMENT, ENGAGEMENT_DECISION_GATEWAY, COMMITMENT_ABANDONED)
                .hasNotPassed(JOIN_DRAFTING, ENGAGEMENT_STALLED);
        assertNothingLeft(pi);
    }

    @Test
    void engagementStalled_climbsTheLadderUntilANewDeadlineIsAccepted() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = commitmentOf(pi).getReference();
        Instant stalledOn = commitmentOf(pi).getStageDueDate();
        assertThat(timerDue(pi, ENGAGEMENT_STALLED)).isEqualTo(stalledOn);

        fireTimer(pi, ENGAGEMENT_STALLED);

        assertThat(pi).isWaitingAtExactly(RECORD_ENGAGEMENT, ESCALATE_STALLED_ENGAGEMENT);
        Task level1 = jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE);
        assertThat(jobs.candidateGroup(level1)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(level1.getTenantId()).isEqualTo("unmiss");
        assertThat(level1.getName())
                .isEqualTo("Decide on overdue item (level 1): " + reference + ": engagement with the party stalled");
        // levels count in days from the day the engagement stalled
        assertThat(level1.getDueDate())
                .isEqualTo(Date.from(
                        startOf(LocalDate.ofInstant(stalledOn, ZoneOffset.UTC).plusDays(60))));

        LocalDate accepted = today().plusDays(45);
        decideOnLadder(reference, "ACCEPT_NEW_DEADLINE", accepted, "Ask the Chief of Defence Forces for a meeting.");

        assertThat(decisionsOf(pi))
                .extracting(
                        CommitmentDecision::getStep,
                        CommitmentDecision::getDecision,
                        CommitmentDecision::getComment,
                        CommitmentDecision::getDecidedBy)
                .containsExactly(tuple(
                        Step.STALLED_ENGAGEMENT_REVIEW,
                        "ACCEPT_NEW_DEADLINE",
                        "Ask the Chief of Defence Forces for a meeting.",
                        SENIOR_ADVISER));
        assertStage(pi, CommitmentStage.ENGAGEMENT, startOf(accepted));
        assertThat(openTask(pi, RECORD_ENGAGEMENT).getDueDate()).isEqualTo(Date.from(startOf(accepted)));
        assertThat(pi)
                .isWaitingAtExactly(RECORD_ENGAGEMENT, ACCEPTED_ENGAGEMENT_DEADLINE_PASSED)
                .hasPassedInOrder(
                        ENGAGEMENT_STALLED,
                        ESCALATE_STALLED_ENGAGEMENT,
                        APPLY_STALLED_ENGAGEMENT_DECISION,
                        STALLED_ENGAGEMENT_DECISION_GATEWAY)
                .hasNotPassed(STALLED_ENGAGEMENT_REVIEWED, COMMITMENT_ABANDONED);
        assertThat(jobs.timer(reference, ACCEPTED_ENGAGEMENT_DEADLINE_PASSED).getDuedate())
                .isEqualTo(Date.from(startOf(accepted)));
        assertOpenTasks(pi, RECORD_ENGAGEMENT);

        // the accepted deadline passes with still no engagement: the ladder starts again
        jobs.fire(reference, ACCEPTED_ENGAGEMENT_DEADLINE_PASSED);
        assertThat(pi).isWaitingAtExactly(RECORD_ENGAGEMENT, ESCALATE_STALLED_ENGAGEMENT);
        assertThat(jobs.candidateGroup(jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE)))
                .isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(Escalation::getLevel, Escalation::getDecision, Escalation::getItemDueDate)
                .containsExactly(
                        tuple(
                                1,
                                EscalationDecision.ACCEPT_NEW_DEADLINE,
                                LocalDate.ofInstant(stalledOn, ZoneOffset.UTC)),
                        tuple(1, null, accepted));
        assertOnlyReferenceVariables(pi);
    }

    @Test
    void stalledEngagementClosedAsNotFeasible_abandonsTheCommitment() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = commitmentOf(pi).getReference();
        fireTimer(pi, ENGAGEMENT_STALLED);

        decideOnLadder(reference, "CLOSE_AS_NOT_FEASIBLE", null, "No counterpart left to engage.");

        assertThat(commitmentOf(pi).getStage()).isEqualTo(CommitmentStage.ABANDONED);
        assertThat(commitmentOf(pi).getClosingNote())
                .isEqualTo(
                        "Closed as not feasible at escalation level 1 by unmissSenior: No counterpart left to engage.");
        assertThat(decisionsOf(pi))
                .extracting(CommitmentDecision::getStep, CommitmentDecision::getDecision)
                .containsExactly(tuple(Step.STALLED_ENGAGEMENT_REVIEW, "CLOSE_AS_NOT_FEASIBLE"));
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        ENGAGEMENT_STALLED,
                        ESCALATE_STALLED_ENGAGEMENT,
                        APPLY_STALLED_ENGAGEMENT_DECISION,
                        STALLED_ENGAGEMENT_DECISION_GATEWAY,
                        COMMITMENT_ABANDONED)
                .hasNotPassed(STALLED_ENGAGEMENT_REVIEWED, ENGAGEMENT_DECISION_GATEWAY);
        var adviserTask = historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(RECORD_ENGAGEMENT)
                .singleResult();
        assertThat(adviserTask.getEndTime())
                .as("the adviser's task ended with the commitment")
                .isNotNull();
        assertThat(adviserTask.getDeleteReason()).isNotEqualTo("completed");
        assertNothingLeft(pi);
    }

    @Test
    void newEngagementRecorded_endsTheLadderWhenItWouldClimb() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = commitmentOf(pi).getReference();
        fireTimer(pi, ENGAGEMENT_STALLED);

        // a further engagement renews the period: the open level stays, but the ladder climbs no further
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.CONTINUE));
        assertThat(jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE))
                .isNotNull();
        jobs.fire(reference, OverdueEscalationProcess.Elements.LEVEL_UNDECIDED);

        assertThat(pi)
                .isWaitingAtExactly(RECORD_ENGAGEMENT)
                .hasPassedInOrder(
                        ESCALATE_STALLED_ENGAGEMENT, APPLY_STALLED_ENGAGEMENT_DECISION, STALLED_ENGAGEMENT_REVIEWED);
        assertThat(escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(Escalation::getLevel, Escalation::getDecision)
                .containsExactly(tuple(1, EscalationDecision.NO_DECISION));
        assertThat(commitmentOf(pi).getStage()).isEqualTo(CommitmentStage.ENGAGEMENT);
        assertThat(jobs.instancesOf(reference)).hasSize(1);
    }

    @Test
    void readyToDraft_endsTheStalledEngagementEscalation() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = commitmentOf(pi).getReference();
        fireTimer(pi, ENGAGEMENT_STALLED);

        advance(Period.ofDays(2));
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.READY_TO_DRAFT));

        assertStage(pi, CommitmentStage.DRAFTING, plus(clock.instant(), DRAFTING));
        assertStageTask(pi, DRAFT_TEXT, Roles.ADVISERS);
        assertOpenTasks(pi, DRAFT_TEXT);
        assertThat(jobs.tasks(reference)).extracting(Task::getTaskDefinitionKey).containsExactly(DRAFT_TEXT);
        assertThat(pi)
                .isWaitingAtExactly(DRAFT_TEXT)
                .hasPassedInOrder(ENGAGEMENT_STALLED, ENGAGEMENT_CONCLUDED, STALLED_REVIEW_NO_LONGER_NEEDED)
                .hasNotPassed(STALLED_ENGAGEMENT_DECISION_GATEWAY, STALLED_ENGAGEMENT_REVIEWED, COMMITMENT_ABANDONED);
        assertThat(escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(Escalation::getDecision)
                .containsExactly(EscalationDecision.NO_LONGER_NEEDED);
        assertThat(decisionsOf(pi)).isEmpty();
        assertOnlyReferenceVariables(pi);
    }

    @Test
    void stalledEngagementEscalationStartedByHandAfterDrafting_endsAtOnce() {
        ProcessInstance pi = open(uniqueTitle());
        toDrafting(pi);

        // as an operator could do in Cockpit: the condition is checked when the escalation starts, not only on change
        runtimeService
                .createProcessInstanceModification(pi.getId())
                .startBeforeActivity(ESCALATE_STALLED_ENGAGEMENT)
                .execute();

        assertOpenTasks(pi, DRAFT_TEXT);
        assertThat(pi)
                .isWaitingAtExactly(DRAFT_TEXT)
                .hasPassed(STALLED_REVIEW_NO_LONGER_NEEDED)
                .hasNotPassed(STALLED_ENGAGEMENT_DECISION_GATEWAY, COMMITMENT_ABANDONED);
        assertThat(jobs.instancesOf(commitmentOf(pi).getReference())).hasSize(1);
        assertThat(escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(
                        commitmentOf(pi).getId()))
                .as("no level was ever opened")
                .isEmpty();
    }
    // ---------------------------------------------------------------- drafting, review, clearance

    @Test
    void reviewRequestsChanges_returnsToDrafting() {
        ProcessInstance pi = open(uniqueTitle());
        toSeniorReview(pi);
        String firstDraftId = historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(DRAFT_TEXT)
                .singleResult()
                .getId();

        advance(Period.ofDays(4));
        complete(
                pi,
                REVIEW_DRAFT,
                form(REVIEW_DECISION, "REQUEST_CHANGES", REVIEW_COMMENT, "Name the accountability mechanism."));

        assertStage(pi, CommitmentStage.DRAFTING, plus(clock.instant(), DRAFTING));
        Task secondDraft = assertStageTask(pi, DRAFT_TEXT, Roles.ADVISERS);
        assertThat(secondDraft.getId()).isNotEqualTo(firstDraftId);
        assertTimers(pi, DRAFT_OVERDUE);
        assertThat(timerDue(pi, DRAFT_OVERDUE)).isEqualTo(commitmentOf(pi).getStageDueDate());
        assertThat(decisionsOf(pi))
                .extracting(
                        CommitmentDecision::getStep,
                        CommitmentDecision::getDecision,
                        CommitmentDecision::getComment,
                        CommitmentDecision::getDecidedBy)
                .containsExactly(tuple(
                        Step.SENIOR_REVIEW, "REQUEST_CHANGES", "Name the accountability mechanism.", SENIOR_ADVISER));
        assertThat(pi)
                .isWaitingAtExactly(DRAFT_TEXT)
                .hasPassedInOrder(REVIEW_DRAFT, REVIEW_DECISION_GATEWAY, JOIN_DRAFTING)
                .hasNotPassed(CLEAR_TEXT, COMMITMENT_ABANDONED);
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey(REVIEW_COMMENT.name());
        assertOnlyReferenceVariables(pi);

        // the redraft, with the checklist as Tasklist submits it (a Json value), goes back to review
        complete(
                pi,
                DRAFT_TEXT,
                form(
                        COMMITMENT_ELEMENTS,
                        Spin.JSON("[\"ACCOUNTABILITY\", \"INVESTIGATIONS\"]"),
                        DRAFT_REFERENCE,
                        "DMS/UNMISS/2026/114-rev1"));
        Commitment redrafted = commitmentOf(pi);
        assertThat(redrafted.getElements())
                .containsExactly(CommitmentElement.ACCOUNTABILITY, CommitmentElement.INVESTIGATIONS);
        assertThat(redrafted.getDraftReference()).isEqualTo("DMS/UNMISS/2026/114-rev1");
        assertThat(redrafted.getDraftSummary()).isNull();
        assertStage(pi, CommitmentStage.SENIOR_REVIEW, plus(clock.instant(), SENIOR_REVIEW));
        assertThat(pi).isWaitingAtExactly(REVIEW_DRAFT);
        assertOnlyReferenceVariables(pi);
    }

    @Test
    void reviewAbandons_closesAsAbandoned() {
        ProcessInstance pi = open(uniqueTitle());
        toSeniorReview(pi);

        complete(pi, REVIEW_DRAFT, form(REVIEW_DECISION, "ABANDON", REVIEW_COMMENT, "The party withdrew."));

        assertClosed(pi, CommitmentStage.ABANDONED, "The party withdrew.");
        assertThat(decisionsOf(pi))
                .extracting(CommitmentDecision::getStep, CommitmentDecision::getDecision)
                .containsExactly(tuple(Step.SENIOR_REVIEW, "ABANDON"));
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(REVIEW_DRAFT, REVIEW_DECISION_GATEWAY, COMMITMENT_ABANDONED)
                .hasNotPassed(CLEAR_TEXT);
        assertNothingLeft(pi);
    }

    @Test
    void clearanceRevise_returnsToDrafting() {
        ProcessInstance pi = open(uniqueTitle());
        toClearance(pi);

        advance(Period.ofDays(12));
        complete(pi, CLEAR_TEXT, form(CLEARANCE_DECISION, "REVISE", CLEARANCE_COMMENT, "Align with SCR 2467."));

        assertStage(pi, CommitmentStage.DRAFTING, plus(clock.instant(), DRAFTING));
        assertStageTask(pi, DRAFT_TEXT, Roles.ADVISERS);
        assertTimers(pi, DRAFT_OVERDUE);
        assertThat(timerDue(pi, DRAFT_OVERDUE)).isEqualTo(commitmentOf(pi).getStageDueDate());
        assertThat(decisionsOf(pi))
                .extracting(
                        CommitmentDecision::getStep,
                        CommitmentDecision::getDecision,
                        CommitmentDecision::getComment,
                        CommitmentDecision::getDecidedBy)
                .containsExactly(
                        tuple(Step.SENIOR_REVIEW, "APPROVE", null, SENIOR_ADVISER),
                        tuple(Step.CLEARANCE, "REVISE", "Align with SCR 2467.", OSRSG_DESK));
        assertThat(pi)
                .isWaitingAtExactly(DRAFT_TEXT)
                .hasPassedInOrder(CLEAR_TEXT, CLEARANCE_DECISION_GATEWAY, JOIN_DRAFTING)
                .hasNotPassed(RECORD_SIGNING, COMMITMENT_DECLINED);
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(DRAFT_TEXT)
                        .count())
                .isEqualTo(2);
        assertOnlyReferenceVariables(pi);
    }

    @Test
    void clearanceDecline_closesAsDeclined() {
        ProcessInstance pi = open(uniqueTitle());
        toClearance(pi);

        complete(
                pi,
                CLEAR_TEXT,
                form(CLEARANCE_DECISION, "DECLINE", CLEARANCE_COMMENT, "Contradicts the peace agreement."));

        assertClosed(pi, CommitmentStage.DECLINED, "Contradicts the peace agreement.");
        assertThat(decisionsOf(pi))
                .extracting(CommitmentDecision::getStep, CommitmentDecision::getDecision)
                .containsExactly(tuple(Step.SENIOR_REVIEW, "APPROVE"), tuple(Step.CLEARANCE, "DECLINE"));
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(CLEAR_TEXT, CLEARANCE_DECISION_GATEWAY, COMMITMENT_DECLINED)
                .hasNotPassed(RECORD_SIGNING, COMMITMENT_ABANDONED);
        assertNothingLeft(pi);
    }

    // ---------------------------------------------------------------- reminders of a late stage

    /**
     * A stage's reminder: its non-interrupting timer is due when the stage is, and firing it raises the late
     * task's priority and notes the reminder on the commitment, while the task stays open and the stage and its
     * due date stay as they were. One case per reminder of the model.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stageReminders")
    void stageOverdue_remindsWhoeverHoldsTheLateTask(StageReminder reminder) {
        ProcessInstance pi = open(uniqueTitle());
        reminder.toStage().accept(this, pi);
        Instant due = commitmentOf(pi).getStageDueDate();
        assertThat(timerDue(pi, reminder.timer())).isEqualTo(due).isEqualTo(reminder.dueOn());

        fireTimer(pi, reminder.timer());

        assertThat(clock.instant()).isEqualTo(due);
        assertReminded(pi, reminder.lateTask(), 1);
        assertStage(pi, reminder.stage(), due);
        assertThat(pi)
                .isWaitingAtExactly(reminder.lateTask())
                .hasPassedInOrder(reminder.timer(), reminder.remindTask(), reminder.reminderSent())
                .hasNotPassed(reminder.notPassed());
        assertTimers(pi, reminder.timersLeft());
    }

    static Stream<StageReminder> stageReminders() {
        return Stream.of(
                new StageReminder(
                        "draft overdue: the advisers are reminded",
                        CommitmentLifecycleProcessTest::toDrafting,
                        DRAFT_OVERDUE,
                        plus(FIRST_DAY, DRAFTING),
                        DRAFT_TEXT,
                        CommitmentStage.DRAFTING,
                        REMIND_DRAFT_OVERDUE,
                        DRAFT_REMINDER_SENT,
                        REVIEW_DRAFT),
                new StageReminder(
                        "senior review overdue: the senior advisers are reminded",
                        CommitmentLifecycleProcessTest::toSeniorReview,
                        REVIEW_OVERDUE,
                        plus(FIRST_DAY, SENIOR_REVIEW),
                        REVIEW_DRAFT,
                        CommitmentStage.SENIOR_REVIEW,
                        REMIND_REVIEW_OVERDUE,
                        REVIEW_REMINDER_SENT,
                        REVIEW_DECISION_GATEWAY),
                new StageReminder(
                        "clearance overdue: the OSRSG desk is reminded",
                        CommitmentLifecycleProcessTest::toClearance,
                        CLEARANCE_OVERDUE,
                        plus(FIRST_DAY, CLEARANCE),
                        CLEAR_TEXT,
                        CommitmentStage.CLEARANCE,
                        REMIND_CLEARANCE_OVERDUE,
                        CLEARANCE_REMINDER_SENT,
                        CLEARANCE_DECISION_GATEWAY),
                new StageReminder(
                        "target signing date passed: the adviser is reminded, the signature escalation still waits",
                        CommitmentLifecycleProcessTest::toAwaitingSignature,
                        TARGET_SIGNING_DATE_PASSED,
                        startOf(TARGET_SIGNING_ON),
                        RECORD_SIGNING,
                        CommitmentStage.AWAITING_SIGNATURE,
                        REMIND_SIGNING_OVERDUE,
                        SIGNING_REMINDER_SENT,
                        SIGNATURE_OVERDUE,
                        SIGNATURE_OVERDUE));
    }

    /**
     * One reminder of the model: how to reach its stage, its timer and when it is due, the late task, the
     * reminder's service task and end event, the next step it must not reach and the timers left waiting.
     */
    record StageReminder(
            String name,
            BiConsumer<CommitmentLifecycleProcessTest, ProcessInstance> toStage,
            String timer,
            Instant dueOn,
            String lateTask,
            CommitmentStage stage,
            String remindTask,
            String reminderSent,
            String notPassed,
            String... timersLeft) {

        @Override
        public String toString() {
            return name;
        }
    }

    // ---------------------------------------------------------------- signature

    @Test
    void partyRefuses_closesAsRefused() {
        ProcessInstance pi = open(uniqueTitle());
        toAwaitingSignature(pi);

        complete(pi, RECORD_SIGNING, form(SIGNING_OUTCOME, "REFUSED", REFUSAL_REASON, "Elections postponed."));

        assertClosed(pi, CommitmentStage.REFUSED, "Elections postponed.");
        assertThat(commitmentOf(pi).getSignedOn()).isNull();
        assertThat(decisionsOf(pi))
                .extracting(
                        CommitmentDecision::getStep,
                        CommitmentDecision::getDecision,
                        CommitmentDecision::getComment,
                        CommitmentDecision::getDecidedBy)
                .endsWith(tuple(Step.SIGNING, "REFUSED", "Elections postponed.", ADVISER));
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(RECORD_SIGNING, SIGNING_OUTCOME_GATEWAY, SIGNING_REFUSED)
                .hasNotPassed(IMPLEMENTATION_PLAN, TARGET_SIGNING_DATE_PASSED, SIGNATURE_OVERDUE);
        assertNothingLeft(pi);
    }

    @Test
    void signatureOverdue_climbsTheLadderUntilANewDeadlineIsAccepted() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = commitmentOf(pi).getReference();
        toAwaitingSignature(pi);
        Instant escalation = startOf(TARGET_SIGNING_ON.plus(SIGNATURE_ESCALATION_AFTER));
        assertThat(timerDue(pi, SIGNATURE_OVERDUE)).isEqualTo(escalation);

        fireTimer(pi, SIGNATURE_OVERDUE);

        assertThat(pi).isWaitingAtExactly(RECORD_SIGNING, ESCALATE_OVERDUE_SIGNATURE);
        Task level1 = jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE);
        assertThat(jobs.candidateGroup(level1)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(level1.getDueDate()).isEqualTo(Date.from(plus(escalation, Period.ofDays(60))));
        assertThat(level1.getName()).endsWith(reference + ": signature overdue");

        LocalDate accepted = today().plusDays(30);
        decideOnLadder(reference, "ACCEPT_NEW_DEADLINE", accepted, "Signing planned at the SRSG-SVC visit.");

        assertThat(decisionsOf(pi))
                .extracting(
                        CommitmentDecision::getStep, CommitmentDecision::getDecision, CommitmentDecision::getComment)
                .endsWith(tuple(
                        Step.OVERDUE_SIGNATURE_REVIEW,
                        "ACCEPT_NEW_DEADLINE",
                        "Signing planned at the SRSG-SVC visit."));
        assertThat(commitmentOf(pi).getStageDueDate()).isEqualTo(startOf(accepted));
        assertThat(openTask(pi, RECORD_SIGNING).getDueDate()).isEqualTo(Date.from(startOf(accepted)));
        assertThat(pi)
                .isWaitingAtExactly(RECORD_SIGNING, ACCEPTED_SIGNING_DEADLINE_PASSED)
                .hasPassedInOrder(
                        SIGNATURE_OVERDUE,
                        ESCALATE_OVERDUE_SIGNATURE,
                        APPLY_SIGNATURE_DECISION,
                        OVERDUE_SIGNATURE_DECISION_GATEWAY)
                .hasNotPassed(OVERDUE_SIGNATURE_REVIEWED, COMMITMENT_ABANDONED);
        assertOpenTasks(pi, RECORD_SIGNING);

        // missed again: the ladder starts again, from the accepted date
        jobs.fire(reference, ACCEPTED_SIGNING_DEADLINE_PASSED);
        Task again = jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE);
        assertThat(jobs.candidateGroup(again)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(again.getDueDate()).isEqualTo(Date.from(startOf(accepted.plusDays(60))));

        // signed meanwhile: the escalation ends by itself
        complete(pi, RECORD_SIGNING, signed(today()));
        assertThat(jobs.tasks(reference))
                .extracting(Task::getTaskDefinitionKey)
                .doesNotContain(OverdueEscalationProcess.Elements.DECIDE);
        assertOnlyReferenceVariables(pi);
    }

    @Test
    void signatureNoLongerLateWhenTheLadderWouldOpen_endsTheEscalation() {
        ProcessInstance pi = open(uniqueTitle());
        toAwaitingSignature(pi);
        // the ladder ended as no longer needed (the item stopped being late before a level opened)
        runtimeService
                .createProcessInstanceModification(pi.getId())
                .startBeforeActivity(APPLY_SIGNATURE_DECISION)
                .setVariable(ESCALATION_DECISION.name(), "NO_LONGER_NEEDED")
                .execute();

        assertThat(pi)
                .isWaitingAtExactly(RECORD_SIGNING)
                .hasPassedInOrder(
                        APPLY_SIGNATURE_DECISION, OVERDUE_SIGNATURE_DECISION_GATEWAY, OVERDUE_SIGNATURE_REVIEWED);
        assertThat(commitmentOf(pi).getStage()).isEqualTo(CommitmentStage.AWAITING_SIGNATURE);
        assertThat(decisionsOf(pi))
                .extracting(CommitmentDecision::getStep)
                .doesNotContain(Step.OVERDUE_SIGNATURE_REVIEW);
    }

    @Test
    void overdueSignatureClosedAsNotFeasible_abandonsTheCommitment() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = commitmentOf(pi).getReference();
        toAwaitingSignature(pi);
        fireTimer(pi, SIGNATURE_OVERDUE);

        decideOnLadder(reference, "CLOSE_AS_NOT_FEASIBLE", null, "The signatory has left office.");

        assertThat(commitmentOf(pi).getStage()).isEqualTo(CommitmentStage.ABANDONED);
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        ESCALATE_OVERDUE_SIGNATURE,
                        APPLY_SIGNATURE_DECISION,
                        OVERDUE_SIGNATURE_DECISION_GATEWAY,
                        COMMITMENT_ABANDONED)
                .hasNotPassed(OVERDUE_SIGNATURE_REVIEWED, SIGNING_OUTCOME_GATEWAY);
        assertNothingLeft(pi);
    }

    @Test
    void signingRecorded_endsTheSignatureEscalation() {
        ProcessInstance pi = open(uniqueTitle());
        toAwaitingSignature(pi);
        fireTimer(pi, SIGNATURE_OVERDUE);
        String reference = commitmentOf(pi).getReference();
        assertThat(jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE))
                .isNotNull();

        advance(Period.ofDays(3));
        LocalDate signedOn = today().minusDays(1);
        complete(pi, RECORD_SIGNING, signed(signedOn));

        assertThat(commitmentOf(pi).getSignedOn()).isEqualTo(signedOn);
        assertStage(pi, CommitmentStage.PLAN_DEVELOPMENT, startOf(signedOn.plus(PLAN_WARNING_AFTER)));
        assertOpenTasks(pi);
        assertThat(pi)
                .isWaitingAtExactly(ClosureProcess.Elements.IMPLEMENTATION, IMPLEMENTATION_PLAN)
                .hasPassedInOrder(SIGNATURE_OVERDUE, SIGNATURE_CONCLUDED, SIGNATURE_REVIEW_NO_LONGER_NEEDED)
                .hasPassed(SIGNING_OUTCOME_GATEWAY)
                .hasNotPassed(
                        OVERDUE_SIGNATURE_DECISION_GATEWAY,
                        OVERDUE_SIGNATURE_REVIEWED,
                        COMMITMENT_ABANDONED,
                        SIGNING_REFUSED);
        assertThat(decisionsOf(pi)).extracting(CommitmentDecision::getStep).endsWith(Step.SIGNING);
        assertThat(escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(Escalation::getDecision)
                .containsExactly(EscalationDecision.NO_LONGER_NEEDED);
        assertThat(jobs.tasks(reference))
                .extracting(Task::getTaskDefinitionKey)
                .doesNotContain(OverdueEscalationProcess.Elements.DECIDE);
        assertStage(pi, CommitmentStage.PLAN_DEVELOPMENT, startOf(signedOn.plus(PLAN_WARNING_AFTER)));
        assertOnlyReferenceVariables(pi);
    }

    // ---------------------------------------------------------------- implementation plan

    @Test
    void planClosedAsNotFeasible_lapsesTheCommitment() {
        ProcessInstance pi = open(uniqueTitle());
        toPlanDevelopment(pi);
        Commitment commitment = commitmentOf(pi);
        // as the plan's ladder does when it closes the missing plan as not feasible (ImplementationPlanProcessTest)
        commitmentService.close(commitment.getId(), CommitmentStage.LAPSED, "No plan after two years.");
        runtimeService
                .createProcessInstanceModification(pi.getId())
                .cancelAllForActivity(IMPLEMENTATION_PLAN)
                .startBeforeActivity(PLAN_OUTCOME_GATEWAY)
                .setVariable(PLAN_OUTCOME.name(), "NOT_FEASIBLE")
                .execute();
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        PLAN_OUTCOME_GATEWAY,
                        ClosureProcess.Elements.PLAN_NOT_FEASIBLE,
                        ClosureProcess.Elements.COMMITMENT_CLOSED_CAUGHT,
                        ClosureProcess.Elements.CLOSE_OPEN_WORK,
                        ClosureProcess.Elements.CLOSED_AS_GATEWAY,
                        COMMITMENT_LAPSED);
        assertNothingLeft(pi);
    }

    @Test
    void invalidEngagementInput_isRefusedAndTaskStaysOpen() {
        ProcessInstance pi = open(uniqueTitle());
        Task task = openTask(pi, RECORD_ENGAGEMENT);

        assertThatThrownBy(() -> complete(
                        pi,
                        RECORD_ENGAGEMENT,
                        form(
                                ENGAGEMENT_LEVEL,
                                "AMBASSADOR",
                                COUNTERPART_ROLE,
                                "  ",
                                ENGAGEMENT_OUTCOME,
                                "Met the minister.",
                                ENGAGEMENT_DECISION,
                                "READY_TO_DRAFT")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Engagement date is required")
                .hasMessageContaining("Level 'AMBASSADOR' is not one of: WPA, SENIOR_WPA, HEAD_OF_MISSION, SRSG_SVC")
                .hasMessageContaining("Counterpart role is required");

        assertThat(openTask(pi, RECORD_ENGAGEMENT).getId()).isEqualTo(task.getId());
        assertOpenTasks(pi, RECORD_ENGAGEMENT);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .isEmpty();
        assertStage(pi, CommitmentStage.ENGAGEMENT, plus(FIRST_DAY, ENGAGEMENT_STALLED_AFTER));
        assertThat(runtimeService.getVariables(pi.getId()))
                .doesNotContainKeys(ENGAGEMENT_LEVEL.name(), ENGAGEMENT_OUTCOME.name(), ENGAGEMENT_DECISION.name());
        assertThat(pi).isWaitingAtExactly(RECORD_ENGAGEMENT).hasNotPassed(ENGAGEMENT_DECISION_GATEWAY);

        // the same task takes the corrected input
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.READY_TO_DRAFT));
        assertThat(pi).isWaitingAtExactly(DRAFT_TEXT);
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(RECORD_ENGAGEMENT)
                        .singleResult()
                        .getId())
                .isEqualTo(task.getId());
    }

    @Test
    void engagementDateInFuture_isRefused() {
        ProcessInstance pi = open(uniqueTitle());
        LocalDate tomorrow = today().plusDays(1);

        assertThatThrownBy(
                        () -> complete(pi, RECORD_ENGAGEMENT, engagement(tomorrow, EngagementDecision.READY_TO_DRAFT)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Engagement date " + tomorrow + " is in the future");

        assertOpenTasks(pi, RECORD_ENGAGEMENT);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .isEmpty();
        assertStage(pi, CommitmentStage.ENGAGEMENT, plus(FIRST_DAY, ENGAGEMENT_STALLED_AFTER));
        assertThat(pi).isWaitingAtExactly(RECORD_ENGAGEMENT).hasNotPassed(ENGAGEMENT_DECISION_GATEWAY);
    }

    @Test
    void reviewChangesWithoutComment_isRefused() {
        ProcessInstance pi = open(uniqueTitle());
        toSeniorReview(pi);
        Instant due = commitmentOf(pi).getStageDueDate();

        assertThatThrownBy(() -> complete(pi, REVIEW_DRAFT, form(REVIEW_DECISION, "REQUEST_CHANGES")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Comment is required");

        assertOpenTasks(pi, REVIEW_DRAFT);
        assertThat(decisionsOf(pi)).isEmpty();
        assertStage(pi, CommitmentStage.SENIOR_REVIEW, due);
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey(REVIEW_DECISION.name());
        assertThat(pi).isWaitingAtExactly(REVIEW_DRAFT).hasNotPassed(REVIEW_DECISION_GATEWAY);
    }

    @Test
    void signingWithoutPlace_isRefused() {
        ProcessInstance pi = open(uniqueTitle());
        toAwaitingSignature(pi);
        Map<String, Object> withoutPlace = signed(today());
        withoutPlace.remove(SIGNING_PLACE.name());

        assertThatThrownBy(() -> complete(pi, RECORD_SIGNING, withoutPlace))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Place is required");

        assertOpenTasks(pi, RECORD_SIGNING);
        Commitment commitment = commitmentOf(pi);
        assertThat(commitment.getSignedOn()).isNull();
        assertThat(commitment.getDocumentReference()).isNull();
        assertStage(pi, CommitmentStage.AWAITING_SIGNATURE, startOf(TARGET_SIGNING_ON));
        assertThat(decisionsOf(pi)).extracting(CommitmentDecision::getStep).doesNotContain(Step.SIGNING);
        assertThat(pi).isWaitingAtExactly(RECORD_SIGNING).hasNotPassed(SIGNING_OUTCOME_GATEWAY);
        assertTimers(pi, TARGET_SIGNING_DATE_PASSED, SIGNATURE_OVERDUE);
    }

    @Test
    void openingForAnotherMission_isRefused() {
        String title = uniqueTitle();
        identityService.setAuthentication("minusmaAdviser", List.of(Roles.ADVISERS), List.of("minusma"));

        assertThatThrownBy(() -> lifecycle.open(newCommitment(title)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("not a member of mission UNMISS");

        identityService.clearAuthentication();
        assertThat(commitments.findAll()).extracting(Commitment::getTitle).doesNotContain(title);
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .includeDeleted()
                        .variableValueEquals(TITLE.name(), title)
                        .count())
                .as("nothing half-created, not even history")
                .isZero();
    }

    // ---------------------------------------------------------------- driving the process

    // ---------------------------------------------------------------- monitoring, concerns, closure

    @Test
    void reviewPeriodEndsBeforeImplementation_noReviewIsHeld() {
        ProcessInstance pi = open(uniqueTitle());
        toPlanDevelopment(pi);
        String reference = commitmentOf(pi).getReference();
        jobs.fire(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED);
        assertThat(pi)
                .hasPassed(ClosureProcess.Elements.REVIEW_DUE_GATEWAY, ClosureProcess.Elements.NO_REVIEW_YET)
                .hasNotPassed(ClosureProcess.Elements.MONITORING_REVIEW)
                .isWaitingAt(IMPLEMENTATION_PLAN);
        assertThat(reviews.findByCommitmentIdOrderByPeriodEndDesc(
                        commitmentOf(pi).getId()))
                .isEmpty();
        // the cycle goes on: the next period has its timer
        assertThat(jobs.hasTimer(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED))
                .isTrue();
    }

    @Test
    void reviewsInImplementation_continueThenProposeClosure_andTheAssessmentKeepsMonitoring() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = toImplementation(pi);
        jobs.fire(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED);
        // a cycle timer catching up on the same day opens no second review of that period
        managementService.executeJob(jobs.timer(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED)
                .getId());
        assertThat(reviews.findByCommitmentIdOrderByPeriodEndDesc(
                        commitmentOf(pi).getId()))
                .hasSize(1);
        reviewDriver.review(reference, "AT_RISK", "PARTIAL", 0);
        assertThat(pi).hasPassed(ClosureProcess.Elements.REVIEW_DONE);

        jobs.fire(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED);
        reviewDriver.review(reference, "ON_TRACK", "FULL", 0);
        assertThat(pi)
                .hasPassed(
                        ClosureProcess.Elements.CLOSURE_PROPOSED_BY_REVIEW,
                        ClosureProcess.Elements.OPEN_FINAL_ASSESSMENT);
        assertThat(commitmentOf(pi).getClosureProposedAt()).isNotNull();
        assertThat(reviews.findByCommitmentIdOrderByPeriodEndDesc(
                        commitmentOf(pi).getId()))
                .extracting(MonitoringReview::getFollowUp)
                .containsExactly(ReviewFollowUp.PROPOSE_CLOSURE, ReviewFollowUp.CONTINUE);

        jobs.fire(reference, ClosureProcess.Elements.FINAL_ASSESSMENT_OVERDUE);
        assertThat(pi).hasPassed(ClosureProcess.Elements.FINAL_ASSESSMENT_REMINDER_SENT);
        reviewDriver.assessFinalCompliance(
                reference, form(ClosureProcess.Variables.CLOSURE_DECISION, "CONTINUE_MONITORING"));
        assertThat(pi).hasPassed(ClosureProcess.Elements.MONITORING_CONTINUES).isWaitingAt(IMPLEMENTATION_PLAN);
        Commitment still = commitmentOf(pi);
        assertThat(still.getStage()).isEqualTo(CommitmentStage.IMPLEMENTATION);
        assertThat(still.getClosureProposedAt()).isNull();
        assertThat(decisionsOf(pi)).extracting(CommitmentDecision::getStep).endsWith(Step.FINAL_ASSESSMENT);
    }

    @Test
    void concernReferredToMissionLeadership_isActedUpon_andRemindersGoOut() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = toImplementation(pi);
        var concern = reviewDriver.reportConcern(reference, "DENIAL_OF_ACCESS", "MARA-UNMISS-2026-0042");
        Task assess = jobs.task(reference, ComplianceConcernProcess.Elements.ASSESS_CONCERN);
        assertThat(jobs.candidateGroup(assess)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(assess.getDueDate().toInstant()).isEqualTo(plus(clock.instant(), Period.ofDays(3)));
        assertThat(assess.getDescription()).contains("denial of access", "MARA-UNMISS-2026-0042", reference);
        // nothing else stopped
        assertThat(pi).isWaitingAt(IMPLEMENTATION_PLAN, ComplianceConcernProcess.Elements.ASSESS_CONCERN);

        jobs.fire(reference, ComplianceConcernProcess.Elements.ASSESSMENT_OVERDUE);
        reviewDriver.assessConcern(reference, "MISSION_LEADERSHIP");
        Task decide = jobs.task(reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP);
        assertThat(jobs.candidateGroup(decide)).isEqualTo(Roles.MISSION_LEADERSHIP);
        jobs.fire(reference, ComplianceConcernProcess.Elements.LEADERSHIP_ACTION_OVERDUE);
        reviewDriver.decideConcern(
                reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP, "DEMARCHE_BY_HEAD_OF_MISSION");

        assertThat(pi)
                .hasPassed(
                        ComplianceConcernProcess.Elements.ASSESSMENT_REMINDER_SENT,
                        ComplianceConcernProcess.Elements.LEADERSHIP_REMINDER_SENT,
                        ComplianceConcernProcess.Elements.CONCERN_HANDLED)
                .isWaitingAt(IMPLEMENTATION_PLAN);
        var acted = concerns.findById(concern.getId()).orElseThrow();
        assertThat(acted.getStatus()).isEqualTo(org.wps.commitments.concern.ConcernStatus.ACTED_UPON);
        assertThat(acted.getAction()).isEqualTo(org.wps.commitments.concern.ConcernAction.DEMARCHE_BY_HEAD_OF_MISSION);
        assertThat(acted.getDecidedBy()).isEqualTo(ReviewDriverUsers.LEADER);
    }

    @Test
    void concernReferredToTheDesk_isDecidedThere() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = toImplementation(pi);
        reviewDriver.reportConcern(reference, "AMNESTY", "MARA-UNMISS-2026-0043");
        reviewDriver.assessConcern(reference, "OSRSG_SVC");
        Task decide = jobs.task(reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_OSRSG_SVC);
        assertThat(jobs.candidateGroup(decide)).isEqualTo(Roles.OSRSG_SVC);
        jobs.fire(reference, ComplianceConcernProcess.Elements.OSRSG_SVC_ACTION_OVERDUE);
        reviewDriver.decideConcern(
                reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_OSRSG_SVC, "PUBLIC_STATEMENT");
        assertThat(pi)
                .hasPassed(
                        ComplianceConcernProcess.Elements.OSRSG_SVC_REMINDER_SENT,
                        ComplianceConcernProcess.Elements.CONCERN_HANDLED)
                .hasNotPassed(ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP);
    }

    @Test
    void completedPlan_reassessedWhileTheAssessmentIsOpen_thenSuperseded() {
        ProcessInstance successor = open(uniqueTitle());
        ProcessInstance pi = open(uniqueTitle());
        String reference = toImplementation(pi);
        planDriver.completeEveryActivity(reference);
        assertThat(pi).hasPassed(ClosureProcess.Elements.CLOSURE_ASSESSMENT_DUE_THROWN);

        jobs.fire(reference, ClosureProcess.Elements.REASSESSMENT_DUE);
        assertThat(pi).hasPassed(ClosureProcess.Elements.ASSESSMENT_ALREADY_OPEN);
        assertThat(jobs.tasks(reference))
                .extracting(Task::getTaskDefinitionKey)
                .containsOnlyOnce(ClosureProcess.Elements.ASSESS_FINAL_COMPLIANCE);

        String successorReference = commitmentOf(successor).getReference();
        reviewDriver.assessFinalCompliance(
                reference,
                form(
                        ClosureProcess.Variables.CLOSURE_DECISION,
                        "SUPERSEDED",
                        ClosureProcess.Variables.SUCCESSOR_REFERENCE,
                        successorReference,
                        ClosureProcess.Variables.CLOSURE_REASON,
                        "Replaced by the updated joint communiqué."));
        assertThat(pi).isEnded().hasPassed(ClosureProcess.Elements.COMMITMENT_SUPERSEDED);
        assertClosed(pi, CommitmentStage.SUPERSEDED, "Replaced by the updated joint communiqué.");
        assertThat(commitmentOf(pi).getSupersededBy()).isEqualTo(successorReference);
        assertThat(jobs.instancesOf(reference)).isEmpty();
    }

    @Test
    void closureProposedDuringImplementation_closedAsLapsed_cancelsOpenActivitiesAndTimers() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = toImplementation(pi);
        jobs.fire(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED);
        reviewDriver.review(reference, "ON_TRACK", "FULL", 0);
        reviewDriver.reportConcern(reference, "VERIFIED_ALLEGATION", "MARA-UNMISS-2026-0050");
        reviewDriver.assessFinalCompliance(
                reference,
                form(
                        ClosureProcess.Variables.CLOSURE_DECISION,
                        "LAPSED",
                        ClosureProcess.Variables.CLOSURE_REASON,
                        "The party merged into the national army."));

        assertThat(pi).isEnded().hasPassed(COMMITMENT_LAPSED);
        assertClosed(pi, CommitmentStage.LAPSED, "The party merged into the national army.");
        long id = commitmentOf(pi).getId();
        assertThat(activities.findByCommitmentIdOrderByIdAsc(id)).isNotEmpty().allSatisfy(a -> assertThat(a.getStatus())
                .isEqualTo(org.wps.commitments.plan.ActivityStatus.CANCELLED));
        assertThat(concerns.findByCommitmentIdOrderByReportedAtDesc(id))
                .extracting(c -> c.getStatus())
                .containsOnly(org.wps.commitments.concern.ConcernStatus.CLOSED_WITH_COMMITMENT);
        assertThat(jobs.instancesOf(reference)).isEmpty();
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }

    @Test
    void finalAssessment_closesAsAbandoned_withTheReasonKept() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = toImplementation(pi);
        planDriver.completeEveryActivity(reference);
        Map<String, Object> noReason = form(ClosureProcess.Variables.CLOSURE_DECISION, "ABANDONED");
        assertThatThrownBy(() -> reviewDriver.assessFinalCompliance(reference, noReason))
                .hasMessageContaining("Give the reason for closing");
        reviewDriver.assessFinalCompliance(
                reference,
                form(
                        ClosureProcess.Variables.CLOSURE_DECISION,
                        "ABANDONED",
                        ClosureProcess.Variables.CLOSURE_REASON,
                        "Renewed hostilities; the party withdrew from the framework."));
        assertThat(pi).isEnded().hasPassed(ClosureProcess.Elements.COMMITMENT_CLOSED_AS_ABANDONED);
        assertClosed(pi, CommitmentStage.ABANDONED, "Renewed hostilities; the party withdrew from the framework.");
    }

    private String toImplementation(ProcessInstance pi) {
        toPlanDevelopment(pi);
        String reference = commitmentOf(pi).getReference();
        planDriver.draftAndValidate(reference, today(), today().plusMonths(4));
        assertStage(pi, CommitmentStage.IMPLEMENTATION, null);
        return reference;
    }

    /** The demo users that decide concerns. */
    private static final class ReviewDriverUsers {
        static final String LEADER = org.wps.commitments.review.ReviewDriver.LEADER;
    }

    @Test
    void engagementOutcomeLookingLikePersonalData_isRefusedUntilTheAdviserConfirmsIt() {
        ProcessInstance pi = open(uniqueTitle());
        Task task = openTask(pi, RECORD_ENGAGEMENT);
        String flagged = "Met survivor Mary Akol with the Deputy Chief of Defence Forces.";
        Map<String, Object> values = new HashMap<>(engagement(today(), EngagementDecision.CONTINUE));
        values.put(ENGAGEMENT_OUTCOME.name(), flagged);

        assertThatThrownBy(() -> complete(pi, RECORD_ENGAGEMENT, values))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Outcome: this looks like personal data – “survivor Mary Akol” (a name next to"
                        + " “survivor”).")
                .hasMessageContaining("tick “I have checked: no personal data”");
        assertThat(openTask(pi, RECORD_ENGAGEMENT).getId()).isEqualTo(task.getId());
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .isEmpty();

        // the adviser confirms it is not personal data: the same text is taken, the box is not kept
        values.put(Input.NARRATIVE_CONFIRMED, true);
        complete(pi, RECORD_ENGAGEMENT, values);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(EngagementRecord::getOutcome)
                .containsExactly(flagged);
        assertOnlyReferenceVariables(pi);

        // a plain outcome needs no confirmation
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.READY_TO_DRAFT));
        assertThat(pi).isWaitingAtExactly(DRAFT_TEXT);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(EngagementRecord::getOutcome)
                .containsExactly(flagged, "Agreed to negotiate a joint communiqué.");
    }

    private ProcessInstance open(String title) {
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

    private static NewCommitment newCommitment(String title) {
        return new NewCommitment(
                "UNMISS",
                "GOV-SSD",
                CommitmentType.JOINT_COMMUNIQUE,
                title,
                TARGET_SIGNING_ON,
                Sensitivity.CONFIDENTIAL,
                null);
    }

    private void toDrafting(ProcessInstance pi) {
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.READY_TO_DRAFT));
        assertThat(pi).isWaitingAtExactly(DRAFT_TEXT);
    }

    private void toSeniorReview(ProcessInstance pi) {
        toDrafting(pi);
        complete(pi, DRAFT_TEXT, draft());
        assertThat(pi).isWaitingAtExactly(REVIEW_DRAFT);
    }

    private void toClearance(ProcessInstance pi) {
        toSeniorReview(pi);
        complete(pi, REVIEW_DRAFT, form(REVIEW_DECISION, "APPROVE"));
        assertThat(pi).isWaitingAtExactly(CLEAR_TEXT);
    }

    private void toAwaitingSignature(ProcessInstance pi) {
        toClearance(pi);
        complete(pi, CLEAR_TEXT, form(CLEARANCE_DECISION, "CLEAR"));
        assertThat(pi).isWaitingAtExactly(RECORD_SIGNING);
    }

    /** Decides the open level of the commitment's escalation ladder as the mission's senior adviser. */
    private void decideOnLadder(String reference, String decision, LocalDate newDeadline, String note) {
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
    private LocalDate toPlanDevelopment(ProcessInstance pi) {
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
    private Task complete(ProcessInstance pi, String taskKey, Map<String, Object> values) {
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
    private void fireTimer(ProcessInstance pi, String timerId) {
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

    private void signIn(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).list().stream()
                .map(Tenant::getId)
                .toList();
        identityService.setAuthentication(userId, groups, tenants);
    }

    private void advance(Period period) {
        ClockUtil.setCurrentTime(Date.from(plus(clock.instant(), period)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    // ---------------------------------------------------------------- form values, as Camunda Forms send them

    private static Map<String, Object> engagement(LocalDate date, EngagementDecision decision) {
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

    private static Map<String, Object> draft() {
        return form(
                COMMITMENT_ELEMENTS,
                List.of("CHAIN_OF_COMMAND_ORDERS", "ACCOUNTABILITY"),
                DRAFT_REFERENCE,
                "DMS/UNMISS/2026/114",
                DRAFT_SUMMARY,
                "Orders to commanders and accountability for violations.");
    }

    private static Map<String, Object> signed(LocalDate signedOn) {
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
    private static Map<String, Object> form(Object... variablesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variablesAndValues.length; i += 2) {
            values.put(((ProcessVariable<?>) variablesAndValues[i]).name(), variablesAndValues[i + 1]);
        }
        return values;
    }

    private static String uniqueTitle() {
        return "Joint communiqué on CRSV " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    // ---------------------------------------------------------------- what the world sees

    private Commitment commitmentOf(ProcessInstance pi) {
        return commitments.findByProcessInstanceId(pi.getId()).orElseThrow();
    }

    private List<CommitmentDecision> decisionsOf(ProcessInstance pi) {
        return decisions.findByCommitmentIdOrderByDecidedAtAscIdAsc(
                commitmentOf(pi).getId());
    }

    private void assertStage(ProcessInstance pi, CommitmentStage stage, Instant dueDate) {
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

    private void assertClosed(ProcessInstance pi, CommitmentStage outcome, String note) {
        Commitment commitment = commitmentOf(pi);
        assertThat(commitment.getStage()).isEqualTo(outcome);
        assertThat(commitment.getStageDueDate()).isNull();
        assertThat(commitment.getClosingNote()).isEqualTo(note);
        assertThat(commitment.getClosedAt()).isEqualTo(clock.instant());
    }

    /** The stage's task: for the candidate group, due when the commitment's stage is due. */
    private Task assertStageTask(ProcessInstance pi, String taskKey, String group) {
        return assertTask(pi, taskKey, group, commitmentOf(pi).getStageDueDate());
    }

    private Task assertTask(ProcessInstance pi, String taskKey, String group, Instant dueDate) {
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

    private Task openTask(ProcessInstance pi, String taskKey) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("open task %s", taskKey).isNotNull();
        return task;
    }

    private String candidateGroupOf(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .findFirst()
                .orElseThrow();
    }

    private void assertOpenTasks(ProcessInstance pi, String... taskKeys) {
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder(taskKeys);
    }

    /** Exactly these timers are waiting, and no other job. */
    private void assertTimers(ProcessInstance pi, String... timerIds) {
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

    private Instant timerDue(ProcessInstance pi, String timerId) {
        Job timer = managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .activityId(timerId)
                .singleResult();
        assertThat(timer).as(timerId).isNotNull();
        return timer.getDuedate().toInstant();
    }

    private Instant dateVariable(ProcessInstance pi, ProcessVariable<Date> variable) {
        Object value = runtimeService.getVariable(pi.getId(), variable.name());
        assertThat(value).as(variable.name()).isInstanceOf(Date.class);
        return ((Date) value).toInstant();
    }

    /** The late task moved to the top of its group's list and the commitment noted the reminder. */
    private void assertReminded(ProcessInstance pi, String lateTaskKey, int reminders) {
        assertThat(openTask(pi, lateTaskKey).getPriority()).isEqualTo(URGENT_PRIORITY);
        Commitment commitment = commitmentOf(pi);
        assertThat(commitment.getReminderCount()).isEqualTo(reminders);
        assertThat(commitment.getLastReminderAt()).isEqualTo(clock.instant());
    }

    private void assertOnlyReferenceVariables(ProcessInstance pi) {
        assertThat(runtimeService
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(pi.getId())
                        .list())
                .extracting(VariableInstance::getName)
                .isSubsetOf(PROCESS_VARIABLES);
    }

    private void assertNothingLeft(ProcessInstance pi) {
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
    private void assertReviewEndedUnanswered(Task review, Map<String, Object> lateAnswer) {
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

    private static Instant plus(Instant instant, Period period) {
        return instant.atZone(ZONE).plus(period).toInstant();
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
