package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.engagement.EngagementDecision;
import org.wps.commitments.engagement.EngagementRecord;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.escalation.EscalationDecision;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Roles;

/** The engagement paths of {@code processes/commitment-lifecycle.bpmn}: engaging again, abandoning, and the stalled
 * engagement's escalation ladder with each way it ends. */
@TrackerTest
class CommitmentLifecycleEngagementTest extends CommitmentLifecycleTestBase {

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
}
