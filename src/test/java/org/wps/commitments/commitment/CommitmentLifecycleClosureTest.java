package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.closure.ClosureProcess;

/** The lifecycle's "Final compliance assessment" event sub-process and the closing it leads to: reassessment while
 * an assessment is open, closing as lapsed, superseded or abandoned, and everything still open cancelled. */
@TrackerTest
class CommitmentLifecycleClosureTest extends CommitmentLifecycleTestBase {

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
