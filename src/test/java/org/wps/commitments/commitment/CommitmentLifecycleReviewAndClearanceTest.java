package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Period;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.identity.Roles;

/** The detours of drafting, senior review and clearance in {@code processes/commitment-lifecycle.bpmn}: changes
 * requested, revision, abandonment and decline. */
@TrackerTest
class CommitmentLifecycleReviewAndClearanceTest extends CommitmentLifecycleTestBase {

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
}
