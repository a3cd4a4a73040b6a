package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wps.commitments.TrackerTest;

/** The reminders of {@code processes/commitment-lifecycle.bpmn}: each stage's non-interrupting timer, fired at its
 * due date. */
@TrackerTest
class CommitmentLifecycleRemindersTest extends CommitmentLifecycleTestBase {

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
                        CommitmentLifecycleTestBase::toDrafting,
                        DRAFT_OVERDUE,
                        plus(FIRST_DAY, DRAFTING),
                        DRAFT_TEXT,
                        CommitmentStage.DRAFTING,
                        REMIND_DRAFT_OVERDUE,
                        DRAFT_REMINDER_SENT,
                        REVIEW_DRAFT),
                new StageReminder(
                        "senior review overdue: the senior advisers are reminded",
                        CommitmentLifecycleTestBase::toSeniorReview,
                        REVIEW_OVERDUE,
                        plus(FIRST_DAY, SENIOR_REVIEW),
                        REVIEW_DRAFT,
                        CommitmentStage.SENIOR_REVIEW,
                        REMIND_REVIEW_OVERDUE,
                        REVIEW_REMINDER_SENT,
                        REVIEW_DECISION_GATEWAY),
                new StageReminder(
                        "clearance overdue: the OSRSG desk is reminded",
                        CommitmentLifecycleTestBase::toClearance,
                        CLEARANCE_OVERDUE,
                        plus(FIRST_DAY, CLEARANCE),
                        CLEAR_TEXT,
                        CommitmentStage.CLEARANCE,
                        REMIND_CLEARANCE_OVERDUE,
                        CLEARANCE_REMINDER_SENT,
                        CLEARANCE_DECISION_GATEWAY),
                new StageReminder(
                        "target signing date passed: the adviser is reminded, the signature escalation still waits",
                        CommitmentLifecycleTestBase::toAwaitingSignature,
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
            BiConsumer<CommitmentLifecycleTestBase, ProcessInstance> toStage,
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
}
