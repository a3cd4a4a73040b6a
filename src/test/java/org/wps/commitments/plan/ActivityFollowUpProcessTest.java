package org.wps.commitments.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Elements.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.escalation.EscalatedItemType;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.escalation.EscalationDecision;
import org.wps.commitments.escalation.EscalationRepository;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.process.ProcessTestBase;

/** {@code activity-follow-up.bpmn}: one method per path, timers fired by element id. */
@TrackerTest
class ActivityFollowUpProcessTest extends ProcessTestBase {

    @Override
    protected String processKey() {
        return ActivityFollowUpProcess.KEY;
    }

    private static final LocalDate TODAY = LocalDate.parse("2027-01-04");
    private static final LocalDate DEADLINE = LocalDate.parse("2027-03-31");

    @Autowired
    EscalationRepository escalations;

    @Autowired
    ActivityService activities;

    @Autowired
    PlanFixture fixture;

    @BeforeEach
    void today() {
        ClockUtil.setCurrentTime(at(TODAY));
    }

    @Test
    void progressReportedUntilCompleted_endsTheFollowUp() {
        Followed f = follow(DEADLINE);
        Task task = jobs.task(f.reference(), REPORT_PROGRESS);
        assertThat(jobs.candidateGroup(task)).isEqualTo(Roles.ADVISERS);
        assertThat(task.getTenantId()).isEqualTo("unmiss");
        assertThat(task.getDueDate()).isEqualTo(startOf(DEADLINE));
        assertThat(task.getName()).isEqualTo("Report progress: " + f.label());
        assertThat(task.getDescription()).contains("Responsible: Ministry of Defence", "Funding: UNFUNDED");

        report(f, PlanDriver.progress("IN_PROGRESS", 40));
        report(f, PlanDriver.progress("COMPLETED", 100));

        assertThat(f.pi()).isEnded().hasPassed(REPORT_PROGRESS, ACTIVITY_FINISHED_GATEWAY, ACTIVITY_COMPLETED);
        PlanActivity done = activities.get(f.activityId());
        assertThat(done.getStatus()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(done.getProgressPct()).isEqualTo(100);
        assertThat(done.getVerification()).isEqualTo(Verification.UN_VERIFIED);
        assertThat(activities.reportsOf(f.activityId()))
                .extracting(ProgressReport::getStatus, ProgressReport::getProgressPct, ProgressReport::getReportedBy)
                .containsExactly(
                        tuple(ActivityStatus.IN_PROGRESS, 40, "unmissAdviser"),
                        tuple(ActivityStatus.COMPLETED, 100, "unmissAdviser"));
        assertThat(jobs.instancesOf(f.reference())).isEmpty();
    }

    @Test
    void activityCancelled_endsTheFollowUp() {
        Followed f = follow(DEADLINE);
        report(f, PlanDriver.progress("CANCELLED", 10).putValue("progressNote", "Superseded by the 2027 order."));
        assertThat(f.pi()).isEnded().hasPassed(ACTIVITY_CANCELLED);
        assertThat(activities.get(f.activityId()).getStatus()).isEqualTo(ActivityStatus.CANCELLED);
    }

    @Test
    void remindersBeforeTheDeadline_tellTheMissionsAdvisersOnce() throws Exception {
        Followed f = follow(DEADLINE);
        assertThat(f.pi()).isWaitingAt(EARLY_REMINDER_DUE, REPORT_PROGRESS);
        assertThat(jobs.timer(f.reference(), EARLY_REMINDER_DUE).getDuedate())
                .isEqualTo(startOf(DEADLINE.minusDays(30)));

        jobs.fire(f.reference(), EARLY_REMINDER_DUE);
        assertThat(Mailbox.recipients()).containsExactly("unmissAdviser@example.org");
        assertThat(Mailbox.received().get(0).getSubject())
                .isEqualTo(Notifications.confidentialSubject()); // a confidential commitment's mail names it not
        assertThat(f.pi()).isWaitingAt(LATE_REMINDER_DUE);
        assertThat(jobs.timer(f.reference(), LATE_REMINDER_DUE).getDuedate()).isEqualTo(startOf(DEADLINE.minusDays(7)));

        jobs.fire(f.reference(), LATE_REMINDER_DUE);
        assertThat(Mailbox.recipients()).hasSize(2);
        assertThat(Mailbox.received().get(1).getSubject()).isEqualTo(Notifications.confidentialSubject());
        assertThat(f.pi()).isWaitingAt(DEADLINE_PASSED).hasPassed(SEND_EARLY_REMINDER, SEND_LATE_REMINDER);
        assertThat(activities.get(f.activityId()).getLastReminderAt()).isNotNull();
    }

    @Test
    void reminderStepRunAgainForTheSameDeadline_mailsNobodyTwice() {
        Followed f = follow(DEADLINE);
        jobs.fire(f.reference(), EARLY_REMINDER_DUE);
        assertThat(Mailbox.recipients()).containsExactly("unmissAdviser@example.org");

        // as when a job is retried, or a second node runs the same step: the idempotency key holds
        runtimeService
                .createProcessInstanceModification(f.pi().getId())
                .startBeforeActivity(SEND_EARLY_REMINDER)
                .execute();
        assertThat(Mailbox.recipients()).containsExactly("unmissAdviser@example.org");
    }

    @Test
    void remindersAlreadyPast_areSkipped() {
        Followed f = follow(TODAY.plusDays(5));
        assertThat(f.pi()).isWaitingAt(DEADLINE_PASSED).hasNotPassed(EARLY_REMINDER_DUE, LATE_REMINDER_DUE);
        assertThat(jobs.hasTimer(f.reference(), EARLY_REMINDER_DUE)).isFalse();
    }

    @Test
    void deadlinePassed_marksOverdueAndStartsTheLadder() {
        Followed f = follow(TODAY.plusDays(5));
        jobs.fire(f.reference(), DEADLINE_PASSED);

        PlanActivity overdue = activities.get(f.activityId());
        assertThat(overdue.getOverdueSince()).isEqualTo(TODAY.plusDays(5));
        assertThat(Mailbox.received()).singleElement().satisfies(m -> assertThat(m.getSubject())
                .isEqualTo(Notifications.confidentialSubject()));
        assertThat(f.pi()).hasPassed(MARK_OVERDUE).isWaitingAt(ESCALATE, REPORT_PROGRESS);
        assertThat(jobs.timer(f.reference(), OverdueEscalationProcess.Elements.LEVEL_THRESHOLD_REACHED)
                        .getDuedate())
                .isEqualTo(startOf(TODAY.plusDays(5 + 14)));
    }

    @Test
    void deadlineRevisedInAReport_movesTheTaskDueDateAndEveryTimer() {
        Followed f = follow(DEADLINE);
        LocalDate revised = DEADLINE.plusMonths(3);
        report(
                f,
                PlanDriver.progress("BLOCKED", 20)
                        .putValue("revisedDeadline", revised.toString())
                        .putValue("revisionReason", "Funding pledged for the second quarter."));

        assertThat(f.pi()).hasPassed(DEADLINE_CHANGED, SCHEDULE_REMINDERS).isWaitingAt(EARLY_REMINDER_DUE);
        assertThat(jobs.task(f.reference(), REPORT_PROGRESS).getDueDate()).isEqualTo(startOf(revised));
        assertThat(jobs.timer(f.reference(), EARLY_REMINDER_DUE).getDuedate())
                .isEqualTo(startOf(revised.minusDays(30)));
        PlanActivity moved = activities.get(f.activityId());
        assertThat(moved.getOriginalDeadline()).isEqualTo(DEADLINE);
        assertThat(moved.getDeadline()).isEqualTo(revised);
        assertThat(activities.deadlineChangesOf(f.activityId()))
                .extracting(
                        DeadlineChange::getPreviousDeadline, DeadlineChange::getNewDeadline, DeadlineChange::getSource)
                .containsExactly(tuple(DEADLINE, revised, DeadlineChangeSource.PROGRESS_REPORT));
    }

    @Test
    void deadlineRevisedWhileEscalated_endsTheLadder() {
        Followed f = follow(TODAY.plusDays(5));
        jobs.fire(f.reference(), DEADLINE_PASSED);
        jobs.fire(f.reference(), OverdueEscalationProcess.Elements.LEVEL_THRESHOLD_REACHED);
        assertThat(jobs.task(f.reference(), OverdueEscalationProcess.Elements.DECIDE))
                .isNotNull();

        LocalDate revised = TODAY.plusMonths(4);
        report(
                f,
                PlanDriver.progress("IN_PROGRESS", 50)
                        .putValue("revisedDeadline", revised.toString())
                        .putValue("revisionReason", "Agreed with the oversight committee."));

        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(
                        EscalatedItemType.ACTIVITY, f.activityId()))
                .extracting(Escalation::getDecision)
                .containsExactly(EscalationDecision.NO_LONGER_NEEDED);
        assertThat(jobs.instancesOf(f.reference())).hasSize(1);
        assertThat(activities.get(f.activityId()).getOverdueSince()).isNull();
        assertThat(f.pi()).isWaitingAt(EARLY_REMINDER_DUE, REPORT_PROGRESS);
    }

    @Test
    void newDeadlineAcceptedOnEscalation_restartsTheWatch() {
        Followed f = follow(TODAY.plusDays(5));
        jobs.fire(f.reference(), DEADLINE_PASSED);
        jobs.fire(f.reference(), OverdueEscalationProcess.Elements.LEVEL_THRESHOLD_REACHED);
        LocalDate accepted = TODAY.plusMonths(2);
        decide(f, "ACCEPT_NEW_DEADLINE", accepted.toString());

        assertThat(f.pi())
                .hasPassed(APPLY_ESCALATION_DECISION, ESCALATION_DECIDED)
                .isWaitingAt(EARLY_REMINDER_DUE);
        assertThat(activities.get(f.activityId()).getDeadline()).isEqualTo(accepted);
        assertThat(jobs.task(f.reference(), REPORT_PROGRESS).getDueDate()).isEqualTo(startOf(accepted));
        assertThat(jobs.timer(f.reference(), EARLY_REMINDER_DUE).getDuedate())
                .isEqualTo(startOf(accepted.minusDays(30)));
        assertThat(activities.deadlineChangesOf(f.activityId()))
                .extracting(DeadlineChange::getSource, DeadlineChange::getChangedBy)
                .containsExactly(tuple(DeadlineChangeSource.ESCALATION, "unmissSenior"));
    }

    @Test
    void closedAsNotFeasibleOnEscalation_cancelsTheActivity() {
        Followed f = follow(TODAY.plusDays(5));
        jobs.fire(f.reference(), DEADLINE_PASSED);
        jobs.fire(f.reference(), OverdueEscalationProcess.Elements.LEVEL_THRESHOLD_REACHED);
        decide(f, "CLOSE_AS_NOT_FEASIBLE", null);

        assertThat(f.pi()).isEnded().hasPassed(APPLY_ESCALATION_DECISION, ACTIVITY_NOT_FEASIBLE);
        PlanActivity cancelled = activities.get(f.activityId());
        assertThat(cancelled.getStatus()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(cancelled.getClosingNote())
                .isEqualTo("Closed as not feasible at escalation level 1 by unmissSenior: Decided at level 1.");
        assertThat(jobs.tasks(f.reference())).isEmpty();
    }

    @Test
    void invalidReport_isRefusedAndTheTaskKeepsItsInput() {
        Followed f = follow(DEADLINE);
        Task task = jobs.task(f.reference(), REPORT_PROGRESS);
        assertThatThrownBy(() -> report(
                        f,
                        PlanDriver.progress("COMPLETED", 150)
                                .putValue("revisedDeadline", "2026-12-01")
                                .putValue("verification", "HEARSAY")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Progress (%) must be between 0 and 100 (it is 150)")
                .hasMessageContaining(
                        "Reported or verified 'HEARSAY' is not one of: PARTY_REPORTED, UN_VERIFIED, NOT_VERIFIABLE")
                .hasMessageContaining("A completed activity needs no new deadline")
                .hasMessageContaining("Give the reason for the new deadline");
        assertThatThrownBy(() -> report(f, PlanDriver.progress("COMPLETED", 60)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("A completed activity is 100% done (you entered 60%)");

        assertThat(jobs.task(f.reference(), REPORT_PROGRESS).getId()).isEqualTo(task.getId());
        assertThat(activities.reportsOf(f.activityId())).isEmpty();
        assertThat(activities.get(f.activityId()).getDeadline()).isEqualTo(DEADLINE);
    }

    private void report(Followed f, VariableMap values) {
        jobs.complete(jobs.task(f.reference(), REPORT_PROGRESS), "unmissAdviser", Roles.ADVISERS, values);
    }

    private void decide(Followed f, String decision, String newDeadline) {
        var values = new java.util.HashMap<String, Object>();
        values.put("escalationDecision", decision);
        values.put("decisionNote", "Decided at level 1.");
        if (newDeadline != null) {
            values.put("newDeadline", newDeadline);
        }
        jobs.complete(
                jobs.task(f.reference(), OverdueEscalationProcess.Elements.DECIDE),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                values);
    }

    private Followed follow(LocalDate deadline) {
        Commitment commitment = fixture.signedCommitment("GOV-SSD", LocalDate.parse("2026-06-15"));
        ImplementationPlan plan = fixture.validatedPlan(commitment, List.of(deadline));
        PlanActivity activity = fixture.activitiesOf(plan).get(0);
        return new Followed(commitment, activity, fixture.followUp(activity, commitment));
    }

    private record Followed(Commitment commitment, PlanActivity activity, ProcessInstance pi) {
        String reference() {
            return commitment.getReference();
        }

        long activityId() {
            return activity.getId();
        }

        String label() {
            return activity.label(commitment.getReference());
        }
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }
}
