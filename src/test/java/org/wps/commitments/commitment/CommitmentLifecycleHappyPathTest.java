package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.closure.ClosureProcess;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.engagement.EngagementDecision;
import org.wps.commitments.engagement.EngagementLevel;
import org.wps.commitments.identity.Roles;

/** The happy path of {@code processes/commitment-lifecycle.bpmn} end to end: from opening through engagement,
 * drafting, review, clearance and signing to the implementation plan and the final assessment closing it as
 * fulfilled. */
@TrackerTest
class CommitmentLifecycleHappyPathTest extends CommitmentLifecycleTestBase {

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
}
