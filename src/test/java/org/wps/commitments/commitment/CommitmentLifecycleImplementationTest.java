package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.closure.ClosureProcess;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.review.MonitoringReview;
import org.wps.commitments.review.ReviewFollowUp;

/** The paths after signing in {@code processes/commitment-lifecycle.bpmn} that the "Implementation and monitoring"
 * plane shows: the implementation plan and the periodic monitoring reviews. */
@TrackerTest
class CommitmentLifecycleImplementationTest extends CommitmentLifecycleTestBase {

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
}
