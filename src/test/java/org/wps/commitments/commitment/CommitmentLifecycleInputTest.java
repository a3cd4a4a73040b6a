package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.engagement.EngagementDecision;
import org.wps.commitments.engagement.EngagementRecord;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.input.Input;

/** Input that {@code processes/commitment-lifecycle.bpmn} refuses: invalid or future engagement data, a change
 * request without comment, signing without a place, opening for another mission, and narrative that looks like
 * personal data until the adviser confirms it. */
@TrackerTest
class CommitmentLifecycleInputTest extends CommitmentLifecycleTestBase {

    @Test
    void invalidEngagementInput_isRefusedAndTaskStaysOpen() {
        ProcessInstance pi = open(uniqueTitle());
        Task task = openTask(pi, RECORD_ENGAGEMENT);

        assertThatThrownBy(() -> complete(
                        pi,
                        RECORD_ENGAGEMENT,
                        form(
                                ENGAGEMENT_LEVEL,
                                "AMBASSADOR",
                                COUNTERPART_ROLE,
                                "  ",
                                ENGAGEMENT_OUTCOME,
                                "Met the minister.",
                                ENGAGEMENT_DECISION,
                                "READY_TO_DRAFT")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Engagement date is required")
                .hasMessageContaining("Level 'AMBASSADOR' is not one of: WPA, SENIOR_WPA, HEAD_OF_MISSION, SRSG_SVC")
                .hasMessageContaining("Counterpart role is required");

        assertThat(openTask(pi, RECORD_ENGAGEMENT).getId()).isEqualTo(task.getId());
        assertOpenTasks(pi, RECORD_ENGAGEMENT);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .isEmpty();
        assertStage(pi, CommitmentStage.ENGAGEMENT, plus(FIRST_DAY, ENGAGEMENT_STALLED_AFTER));
        assertThat(runtimeService.getVariables(pi.getId()))
                .doesNotContainKeys(ENGAGEMENT_LEVEL.name(), ENGAGEMENT_OUTCOME.name(), ENGAGEMENT_DECISION.name());
        assertThat(pi).isWaitingAtExactly(RECORD_ENGAGEMENT).hasNotPassed(ENGAGEMENT_DECISION_GATEWAY);

        // the same task takes the corrected input
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.READY_TO_DRAFT));
        assertThat(pi).isWaitingAtExactly(DRAFT_TEXT);
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(RECORD_ENGAGEMENT)
                        .singleResult()
                        .getId())
                .isEqualTo(task.getId());
    }

    @Test
    void engagementDateInFuture_isRefused() {
        ProcessInstance pi = open(uniqueTitle());
        LocalDate tomorrow = today().plusDays(1);

        assertThatThrownBy(
                        () -> complete(pi, RECORD_ENGAGEMENT, engagement(tomorrow, EngagementDecision.READY_TO_DRAFT)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Engagement date " + tomorrow + " is in the future");

        assertOpenTasks(pi, RECORD_ENGAGEMENT);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .isEmpty();
        assertStage(pi, CommitmentStage.ENGAGEMENT, plus(FIRST_DAY, ENGAGEMENT_STALLED_AFTER));
        assertThat(pi).isWaitingAtExactly(RECORD_ENGAGEMENT).hasNotPassed(ENGAGEMENT_DECISION_GATEWAY);
    }

    @Test
    void reviewChangesWithoutComment_isRefused() {
        ProcessInstance pi = open(uniqueTitle());
        toSeniorReview(pi);
        Instant due = commitmentOf(pi).getStageDueDate();

        assertThatThrownBy(() -> complete(pi, REVIEW_DRAFT, form(REVIEW_DECISION, "REQUEST_CHANGES")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Comment is required");

        assertOpenTasks(pi, REVIEW_DRAFT);
        assertThat(decisionsOf(pi)).isEmpty();
        assertStage(pi, CommitmentStage.SENIOR_REVIEW, due);
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey(REVIEW_DECISION.name());
        assertThat(pi).isWaitingAtExactly(REVIEW_DRAFT).hasNotPassed(REVIEW_DECISION_GATEWAY);
    }

    @Test
    void signingWithoutPlace_isRefused() {
        ProcessInstance pi = open(uniqueTitle());
        toAwaitingSignature(pi);
        Map<String, Object> withoutPlace = signed(today());
        withoutPlace.remove(SIGNING_PLACE.name());

        assertThatThrownBy(() -> complete(pi, RECORD_SIGNING, withoutPlace))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Place is required");

        assertOpenTasks(pi, RECORD_SIGNING);
        Commitment commitment = commitmentOf(pi);
        assertThat(commitment.getSignedOn()).isNull();
        assertThat(commitment.getDocumentReference()).isNull();
        assertStage(pi, CommitmentStage.AWAITING_SIGNATURE, startOf(TARGET_SIGNING_ON));
        assertThat(decisionsOf(pi)).extracting(CommitmentDecision::getStep).doesNotContain(Step.SIGNING);
        assertThat(pi).isWaitingAtExactly(RECORD_SIGNING).hasNotPassed(SIGNING_OUTCOME_GATEWAY);
        assertTimers(pi, TARGET_SIGNING_DATE_PASSED, SIGNATURE_OVERDUE);
    }

    @Test
    void openingForAnotherMission_isRefused() {
        String title = uniqueTitle();
        identityService.setAuthentication("minusmaAdviser", List.of(Roles.ADVISERS), List.of("minusma"));

        assertThatThrownBy(() -> lifecycle.open(newCommitment(title)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("not a member of mission UNMISS");

        identityService.clearAuthentication();
        assertThat(commitments.findAll()).extracting(Commitment::getTitle).doesNotContain(title);
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .includeDeleted()
                        .variableValueEquals(TITLE.name(), title)
                        .count())
                .as("nothing half-created, not even history")
                .isZero();
    }

    @Test
    void engagementOutcomeLookingLikePersonalData_isRefusedUntilTheAdviserConfirmsIt() {
        ProcessInstance pi = open(uniqueTitle());
        Task task = openTask(pi, RECORD_ENGAGEMENT);
        String flagged = "Met survivor Mary Akol with the Deputy Chief of Defence Forces.";
        Map<String, Object> values = new HashMap<>(engagement(today(), EngagementDecision.CONTINUE));
        values.put(ENGAGEMENT_OUTCOME.name(), flagged);

        assertThatThrownBy(() -> complete(pi, RECORD_ENGAGEMENT, values))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Outcome: this looks like personal data – “survivor Mary Akol” (a name next to"
                        + " “survivor”).")
                .hasMessageContaining("tick “I have checked: no personal data”");
        assertThat(openTask(pi, RECORD_ENGAGEMENT).getId()).isEqualTo(task.getId());
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .isEmpty();

        // the adviser confirms it is not personal data: the same text is taken, the box is not kept
        values.put(Input.NARRATIVE_CONFIRMED, true);
        complete(pi, RECORD_ENGAGEMENT, values);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(EngagementRecord::getOutcome)
                .containsExactly(flagged);
        assertOnlyReferenceVariables(pi);

        // a plain outcome needs no confirmation
        complete(pi, RECORD_ENGAGEMENT, engagement(today(), EngagementDecision.READY_TO_DRAFT));
        assertThat(pi).isWaitingAtExactly(DRAFT_TEXT);
        assertThat(engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(
                        commitmentOf(pi).getId()))
                .extracting(EngagementRecord::getOutcome)
                .containsExactly(flagged, "Agreed to negotiate a joint communiqué.");
    }
}
