package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.closure.ClosureProcess;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.escalation.EscalationDecision;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Roles;

/** The signing paths of {@code processes/commitment-lifecycle.bpmn}: refusal, and the overdue signature's escalation
 * ladder with each way it ends. */
@TrackerTest
class CommitmentLifecycleSigningTest extends CommitmentLifecycleTestBase {

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
}
