package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Period;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.closure.ClosureProcess;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.concern.ComplianceConcernProcess;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.review.MonitoringReview;
import org.wps.commitments.review.ReviewFollowUp;

/** The paths after signing in {@code processes/commitment-lifecycle.bpmn}: the implementation plan, periodic
 * reviews, compliance concerns, reassessment and the ways a commitment is closed. */
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
}
