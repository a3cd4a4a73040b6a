package org.wps.commitments.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentLifecycle;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.plan.ActivityFollowUpProcess;
import org.wps.commitments.plan.ActivityService;
import org.wps.commitments.plan.ActivityStatus;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.ImplementationPlanProcess;
import org.wps.commitments.plan.ImplementationPlanRepository;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanActivityRepository;
import org.wps.commitments.plan.PlanDriver;
import org.wps.commitments.plan.PlanStatus;
import org.wps.commitments.process.Jobs;

/**
 * One commitment through the real processes with the engine clock moved across its plan: signed, plan drafted
 * and validated, then one activity slips through every rung of the ladder (reminders, overdue, senior advisers,
 * mission leadership, OSRSG-SVC) until it is closed as not feasible, while the other is completed.
 */
@TrackerTest
class EscalationLadderIntegrationTest {

    private static final LocalDate OPENED = LocalDate.parse("2026-02-02");
    private static final LocalDate SIGNED = LocalDate.parse("2026-04-20");
    private static final LocalDate DEADLINE = LocalDate.parse("2026-10-30");

    @Autowired
    CommitmentLifecycle lifecycle;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    ImplementationPlanRepository plans;

    @Autowired
    PlanActivityRepository planActivities;

    @Autowired
    ActivityService activities;

    @Autowired
    EscalationRepository escalations;

    @Autowired
    HistoryService historyService;

    @Autowired
    PlanDriver planDriver;

    @Autowired
    Jobs jobs;

    @BeforeEach
    void start() {
        at(OPENED);
        Mailbox.clear();
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void aSlippingActivityClimbsEveryLevelUntilClosedAsNotFeasible() throws Exception {
        String reference = signedCommitment();
        Commitment commitment = commitments.findByReference(reference).orElseThrow();

        // the plan: drafted with two activities, validated by a senior adviser
        at(SIGNED.plusMonths(2));
        jobs.complete(
                jobs.task(reference, ImplementationPlanProcess.Elements.DRAFT_PLAN),
                PlanDriver.ADVISER,
                Roles.ADVISERS,
                PlanDriver.draft(
                        SIGNED,
                        SIGNED.plusYears(2),
                        List.of(
                                PlanDriver.activity("Issue command order", DEADLINE),
                                PlanDriver.activity("Train trainers", DEADLINE.plusMonths(6)))));
        planDriver.validate(reference, SIGNED.plusMonths(2));
        ImplementationPlan plan =
                plans.findByCommitmentIdOrderByIdAsc(commitment.getId()).get(0);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.VALIDATED);
        assertThat(commitments.findByReference(reference).orElseThrow().getStage())
                .isEqualTo(CommitmentStage.IMPLEMENTATION);
        List<PlanActivity> planned = planActivities.findByPlanIdOrderByCodeAsc(plan.getId());
        PlanActivity order = planned.get(0);
        assertThat(jobs.tasks(reference))
                .extracting(Task::getTaskDefinitionKey, Task::getTenantId)
                .containsOnly(tuple(ActivityFollowUpProcess.Elements.REPORT_PROGRESS, "unmiss"));

        // 30 and 7 days before the deadline: the mission's advisers are reminded (both activities' first reminders
        // fall on different days; only the first activity's are fired here)
        fireFor(order, ActivityFollowUpProcess.Elements.EARLY_REMINDER_DUE, DEADLINE.minusDays(30));
        assertThat(Mailbox.recipients()).containsExactly("unmissAdviser@example.org");
        fireFor(order, ActivityFollowUpProcess.Elements.LATE_REMINDER_DUE, DEADLINE.minusDays(7));
        assertThat(Mailbox.received())
                .extracting(m -> m.getSubject())
                .as("the commitment is confidential: its mails name no item")
                .containsExactly(Notifications.confidentialSubject(), Notifications.confidentialSubject());

        // the deadline passes: overdue, advisers told, the ladder starts
        fireFor(order, ActivityFollowUpProcess.Elements.DEADLINE_PASSED, DEADLINE);
        assertThat(activities.get(order.getId()).getOverdueSince()).isEqualTo(DEADLINE);
        assertThat(mails()).hasSize(3).contains("unmissAdviser@example.org: " + Notifications.confidentialSubject());

        // +14 days: senior advisers of UNMISS
        jobs.fire(reference, OverdueEscalationProcess.Elements.LEVEL_THRESHOLD_REACHED);
        Task level1 = jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE);
        assertLevel(level1, Roles.SENIOR_ADVISERS, DEADLINE.plusDays(60));
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(startOf(DEADLINE.plusDays(14)));
        assertThat(mails()).hasSize(4).contains("unmissSenior@example.org: " + Notifications.confidentialSubject());

        // +60 days, undecided: mission leadership
        jobs.fire(reference, OverdueEscalationProcess.Elements.LEVEL_UNDECIDED);
        Task level2 = jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE);
        assertLevel(level2, Roles.MISSION_LEADERSHIP, DEADLINE.plusDays(90));
        assertThat(mails()).hasSize(5).contains("unmissLeader@example.org: " + Notifications.confidentialSubject());

        // +90 days, undecided: the OSRSG-SVC desk, which closes it as not feasible
        jobs.fire(reference, OverdueEscalationProcess.Elements.LEVEL_UNDECIDED);
        Task level3 = jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE);
        assertLevel(level3, Roles.OSRSG_SVC, DEADLINE.plusDays(120));
        assertThat(mails()).hasSize(6).contains("osrsgDesk@example.org: " + Notifications.confidentialSubject());
        assertThat(activities.get(order.getId()).getEscalationLevel()).isEqualTo(3);
        jobs.complete(
                level3,
                "osrsgDesk",
                Roles.OSRSG_SVC,
                Map.of(
                        "escalationDecision", "CLOSE_AS_NOT_FEASIBLE",
                        "decisionNote", "The ministry was dissolved; a new commitment will be sought."));

        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(
                        EscalatedItemType.ACTIVITY, order.getId()))
                .extracting(
                        Escalation::getLevel,
                        Escalation::getCandidateGroup,
                        Escalation::getMissionCode,
                        Escalation::getOpenedAt,
                        Escalation::getDecision,
                        Escalation::getDecidedBy)
                .containsExactly(
                        tuple(
                                1,
                                Roles.SENIOR_ADVISERS,
                                "UNMISS",
                                startOf(DEADLINE.plusDays(14)).toInstant(),
                                EscalationDecision.NO_DECISION,
                                "system"),
                        tuple(
                                2,
                                Roles.MISSION_LEADERSHIP,
                                "UNMISS",
                                startOf(DEADLINE.plusDays(60)).toInstant(),
                                EscalationDecision.NO_DECISION,
                                "system"),
                        tuple(
                                3,
                                Roles.OSRSG_SVC,
                                "UNMISS",
                                startOf(DEADLINE.plusDays(90)).toInstant(),
                                EscalationDecision.CLOSE_AS_NOT_FEASIBLE,
                                "osrsgDesk"));
        PlanActivity closed = activities.get(order.getId());
        assertThat(closed.getStatus()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(closed.getClosingNote()).contains("level 3 by osrsgDesk");
        assertThat(Mailbox.recipients()).hasSize(6);

        // the other activity is completed: the plan is complete and its final compliance assessment opens
        planDriver.completeEveryActivity(reference);
        assertThat(plans.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(jobs.instancesOf(reference)).hasSize(1);
        assertThat(jobs.task(reference, "userTask_assessFinalCompliance")).isNotNull();
    }

    /** The mails received so far, as "recipient: subject" (GreenMail lists them by mailbox, not by time). */
    private static List<String> mails() throws Exception {
        var result = new java.util.ArrayList<String>();
        for (var message : Mailbox.received()) {
            result.add(message.getAllRecipients()[0] + ": " + message.getSubject());
        }
        return result;
    }

    private void assertLevel(Task task, String group, LocalDate due) {
        assertThat(jobs.candidateGroup(task)).isEqualTo(group);
        assertThat(task.getTenantId()).isEqualTo("unmiss");
        assertThat(task.getDueDate()).isEqualTo(startOf(due));
    }

    /** Fires the timer of {@code timerId} in the follow-up of this activity, asserting its due day. */
    private void fireFor(PlanActivity activity, String timerId, LocalDate due) {
        String followUp = activities.get(activity.getId()).getProcessInstanceId();
        var job =
                jobs
                        .instancesOf(commitments
                                .findById(activity.getCommitmentId())
                                .orElseThrow()
                                .getReference())
                        .stream()
                        .filter(pi -> pi.getId().equals(followUp))
                        .findFirst()
                        .orElseThrow();
        org.camunda.bpm.engine.runtime.Job timer = jobs.managementService()
                .createJobQuery()
                .processInstanceId(job.getId())
                .activityId(timerId)
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(startOf(due));
        ClockUtil.setCurrentTime(timer.getDuedate());
        jobs.managementService().executeJob(timer.getId());
    }

    /** Opens a commitment and works it to signing through the lifecycle's tasks. */
    private String signedCommitment() {
        Commitment opened = lifecycle.open(new NewCommitment(
                "UNMISS",
                "GOV-SSD",
                CommitmentType.JOINT_COMMUNIQUE,
                "Ladder integration " + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                SIGNED,
                Sensitivity.CONFIDENTIAL,
                null));
        String reference = opened.getReference();
        complete(
                reference,
                "userTask_recordEngagement",
                PlanDriver.ADVISER,
                Roles.ADVISERS,
                Map.of(
                        "engagementDate", OPENED.toString(),
                        "engagementLevel", "SENIOR_WPA",
                        "counterpartRole", "Minister of Defence",
                        "engagementOutcome", "Agreed to negotiate a joint communiqué.",
                        "engagementDecision", "READY_TO_DRAFT"));
        complete(
                reference,
                "userTask_draftText",
                PlanDriver.ADVISER,
                Roles.ADVISERS,
                Map.of(
                        "commitmentElements",
                        List.of("CHAIN_OF_COMMAND_ORDERS"),
                        "draftReference",
                        "DMS/UNMISS/2026/200"));
        complete(
                reference,
                "userTask_reviewDraft",
                PlanDriver.SENIOR,
                Roles.SENIOR_ADVISERS,
                Map.of("reviewDecision", "APPROVE"));
        complete(reference, "userTask_clearText", "osrsgDesk", Roles.OSRSG_SVC, Map.of("clearanceDecision", "CLEAR"));
        at(SIGNED.plusDays(1));
        complete(
                reference,
                "userTask_recordSigning",
                PlanDriver.ADVISER,
                Roles.ADVISERS,
                Map.of(
                        "signingOutcome", "SIGNED",
                        "signedOn", SIGNED.toString(),
                        "signingPlace", "Juba",
                        "signatoryTitles", "Minister of Defence; SRSG-SVC",
                        "documentReference", "JC-INT-2026"));
        return reference;
    }

    private void complete(String reference, String taskKey, String user, String group, Map<String, Object> values) {
        jobs.complete(jobs.task(reference, taskKey), user, group, values);
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
