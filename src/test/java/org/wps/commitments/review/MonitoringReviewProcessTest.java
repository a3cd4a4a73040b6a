package org.wps.commitments.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.wps.commitments.review.MonitoringReviewProcess.Elements.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.escalation.EscalationDecision;
import org.wps.commitments.escalation.EscalationRepository;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.process.ProcessTestBase;

/**
 * One method per path of {@code processes/monitoring-review.bpmn}, started as the lifecycle's "Monitoring
 * review" event sub-process starts it, worked by the demo users, with the real review-outcome decision and
 * escalation ladder.
 */
@TrackerTest
class MonitoringReviewProcessTest extends ProcessTestBase {

    private static final Instant PERIOD_ENDED = Instant.parse("2027-01-01T06:00:00Z");
    private static final Actor ADVISER =
            new Actor("unmissAdviser", java.util.Set.of(Roles.ADVISERS), java.util.Set.of("unmiss"));

    @Autowired
    private CommitmentService commitments;

    @Autowired
    private ReviewService reviews;

    @Autowired
    private ReviewDriver driver;

    @Autowired
    private TaskService taskService;

    @Autowired
    private org.camunda.bpm.engine.IdentityService identityService;

    @Autowired
    private EscalationRepository escalations;

    @Autowired
    private TransactionTemplate transactions;

    @Override
    protected String processKey() {
        return MonitoringReviewProcess.KEY;
    }

    @BeforeEach
    void periodEnded() {
        ClockUtil.setCurrentTime(Date.from(PERIOD_ENDED));
    }

    private record Reviewed(Commitment commitment, ProcessInstance pi) {
        String reference() {
            return commitment.getReference();
        }
    }

    /** A commitment in implementation with two elements, and its review of the period that ended yesterday. */
    private Reviewed start(String partyCode) {
        Commitment c = transactions.execute(status -> {
            Commitment opened = commitments.open(
                    new NewCommitment(
                            "UNMISS",
                            partyCode,
                            CommitmentType.JOINT_COMMUNIQUE,
                            "Review fixture " + UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                            LocalDate.parse("2026-03-01"),
                            Sensitivity.CONFIDENTIAL,
                            null),
                    null,
                    ADVISER);
            commitments.recordDraft(
                    opened.getId(),
                    List.of(CommitmentElement.CHAIN_OF_COMMAND_ORDERS, CommitmentElement.INVESTIGATIONS),
                    "DMS/2026/1",
                    "Orders and investigations.");
            commitments.recordSigning(opened.getId(), LocalDate.parse("2026-04-01"), "Juba", "Minister; SRSG", "DOC-1");
            return commitments.enter(opened.getId(), CommitmentStage.IMPLEMENTATION);
        });
        ProcessInstance pi = runtimeService
                .createProcessInstanceByKey(MonitoringReviewProcess.KEY)
                .businessKey(c.getReference())
                .setVariables(Variables.createVariables()
                        .putValue("commitmentId", c.getId())
                        .putValue("missionCode", c.getMissionCode())
                        .putValue("reference", c.getReference()))
                .execute();
        return new Reviewed(c, pi);
    }

    private MonitoringReview reviewOf(Reviewed r) {
        return reviews.ofCommitment(r.commitment().getId()).get(0);
    }

    private void decideOnLadder(Reviewed r, String group, String user, String decision, String newDeadline) {
        Task task = jobs.task(r.reference(), OverdueEscalationProcess.Elements.DECIDE);
        assertThat(jobs.candidateGroup(task)).isEqualTo(group);
        Map<String, Object> values = new HashMap<>();
        values.put("escalationDecision", decision);
        values.put("decisionNote", "Discussed with the party's focal point.");
        if (newDeadline != null) {
            values.put("newDeadline", newDeadline);
        }
        jobs.complete(task, user, group, values);
    }

    @Test
    void endorsedOnTrack_keepsMonitoring() {
        Reviewed r = start("GOV-SSD");
        Task prepare = jobs.task(r.reference(), PREPARE_REVIEW);
        MonitoringReview opened = reviewOf(r);
        assertThat(opened.getPeriodStart()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(opened.getPeriodEnd()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(prepare.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-14T00:00:00Z"));
        assertThat(jobs.candidateGroup(prepare)).isEqualTo(Roles.ADVISERS);
        assertThat(prepare.getDescription()).contains(r.reference(), "2026-04-01 to 2026-12-31", "INVESTIGATIONS");

        driver.prepare(r.reference(), driver.preparation(r.reference(), "ON_TRACK", "SUBSTANTIAL", 0));
        Task endorse = jobs.task(r.reference(), ENDORSE_REVIEW);
        assertThat(jobs.candidateGroup(endorse)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(endorse.getDescription()).contains("overall ON_TRACK", "MARA-UNMISS-2026-Q3");
        driver.endorse(r.reference());

        assertThat(r.pi())
                .isEnded()
                .hasPassedInOrder(
                        START,
                        OPEN_REVIEW,
                        PREPARE_REVIEW,
                        ENDORSE_REVIEW,
                        REVIEW_ENDORSED_GATEWAY,
                        DECIDE_FOLLOW_UP,
                        RECORD_FOLLOW_UP,
                        REVIEW_COMPLETED);
        MonitoringReview endorsed = reviewOf(r);
        assertThat(endorsed.getStatus()).isEqualTo(ReviewStatus.ENDORSED);
        assertThat(endorsed.getRatings())
                .containsEntry(CommitmentElement.CHAIN_OF_COMMAND_ORDERS, ElementRating.SUBSTANTIAL)
                .containsEntry(CommitmentElement.INVESTIGATIONS, ElementRating.SUBSTANTIAL)
                .hasSize(2);
        assertThat(endorsed.getOverallCompliance()).isEqualTo(OverallCompliance.ON_TRACK);
        assertThat(endorsed.getFollowUp()).isEqualTo(ReviewFollowUp.CONTINUE);
        assertThat(endorsed.isFlaggedForAnnualReport()).isFalse();
        assertThat(endorsed.getEndorsedBy()).isEqualTo(ReviewDriver.SENIOR);
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(r.pi().getId())
                        .variableName("recommendations")
                        .count())
                .as("form input is stored in the domain, not kept as a variable")
                .isZero();
    }

    @Test
    void returnedWithComments_thenEndorsed_withReminders() {
        Reviewed r = start("GOV-SSD");
        jobs.fire(r.reference(), REVIEW_DUE_SOON);
        assertThat(r.pi()).hasPassed(REMIND_REVIEW_DUE);
        driver.prepare(r.reference(), driver.preparation(r.reference(), "AT_RISK", "PARTIAL", 0));

        Task endorse = jobs.task(r.reference(), ENDORSE_REVIEW);
        assertThatThrownBy(() -> jobs.complete(
                        endorse, ReviewDriver.SENIOR, Roles.SENIOR_ADVISERS, Map.of("endorsement", "RETURN")))
                .hasMessageContaining("Say what to change when returning the review.");
        jobs.complete(
                endorse,
                ReviewDriver.SENIOR,
                Roles.SENIOR_ADVISERS,
                Map.of("endorsement", "RETURN", "endorsementComment", "Add the investigations figure from MARA."));
        assertThat(reviewOf(r).getStatus()).isEqualTo(ReviewStatus.RETURNED);
        Task again = jobs.task(r.reference(), PREPARE_REVIEW);
        assertThat(again.getDescription()).contains("Returned with comments: Add the investigations figure");

        driver.prepare(r.reference(), driver.preparation(r.reference(), "AT_RISK", "PARTIAL", 0));
        jobs.fire(r.reference(), ENDORSEMENT_OVERDUE);
        driver.endorse(r.reference());

        assertThat(r.pi())
                .isEnded()
                .hasPassed(REMIND_ENDORSEMENT_OVERDUE, REVIEW_COMPLETED)
                .hasNotPassed(REVIEW_MISSED);
        MonitoringReview endorsed = reviewOf(r);
        assertThat(endorsed.getFollowUp()).isEqualTo(ReviewFollowUp.CONTINUE);
        assertThat(endorsed.isFlaggedForAnnualReport())
                .as("at risk is flagged for the annual report")
                .isTrue();
    }

    @Test
    void offTrack_escalatesAtLevel1_andTheLadderDecides() {
        Reviewed r = start("GOV-SSD");
        driver.review(r.reference(), "OFF_TRACK", "NOT_STARTED", 0);
        assertThat(r.pi()).isWaitingAt(ESCALATE_REVIEW_OUTCOME);
        decideOnLadder(r, Roles.SENIOR_ADVISERS, ReviewDriver.SENIOR, "CLOSE_AS_NOT_FEASIBLE", null);

        assertThat(r.pi())
                .isEnded()
                .hasPassedInOrder(ESCALATE_REVIEW_OUTCOME, APPLY_REVIEW_OUTCOME_DECISION, REVIEW_ESCALATED);
        MonitoringReview escalated = reviewOf(r);
        assertThat(escalated.getFollowUp()).isEqualTo(ReviewFollowUp.ESCALATE);
        assertThat(escalated.getClosedNote())
                .startsWith("Closed as not feasible at escalation level 1 by unmissSenior");
        assertThat(escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(
                        r.commitment().getId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getLevel()).isEqualTo(1);
                    assertThat(e.getDecision()).isEqualTo(EscalationDecision.CLOSE_AS_NOT_FEASIBLE);
                    assertThat(e.getItemLabel()).contains("rated OFF_TRACK");
                });
    }

    @Test
    void nonCompliant_goesToMissionLeadershipAtOnce() {
        Reviewed r = start("GOV-SSD");
        driver.review(r.reference(), "NON_COMPLIANT", "NOT_STARTED", 2);
        decideOnLadder(r, Roles.MISSION_LEADERSHIP, ReviewDriver.LEADER, "ACCEPT_NEW_DEADLINE", "2027-03-31");
        assertThat(r.pi()).isEnded().hasPassed(REVIEW_ESCALATED);
        assertThat(reviewOf(r).getClosedNote()).startsWith("New deadline 2027-03-31 accepted at escalation level 2");
    }

    @Test
    void everyElementFull_proposesTheFinalAssessment() {
        Reviewed r = start("GOV-SSD");
        driver.review(r.reference(), "ON_TRACK", "FULL", 0);
        assertThat(r.pi())
                .isEnded()
                .hasPassed(CLOSURE_PROPOSED)
                .hasNotPassed(REVIEW_COMPLETED, ESCALATE_REVIEW_OUTCOME);
        assertThat(reviewOf(r).getFollowUp()).isEqualTo(ReviewFollowUp.PROPOSE_CLOSURE);
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(r.pi().getId())
                        .variableName("reviewFollowUp")
                        .singleResult()
                        .getValue())
                .isEqualTo("PROPOSE_CLOSURE");
    }

    @Test
    void missedReview_escalates_newDeadlineAccepted_thenNotHeld() {
        Reviewed r = start("GOV-SSD");
        jobs.fire(r.reference(), REVIEW_MISSED);
        decideOnLadder(r, Roles.SENIOR_ADVISERS, ReviewDriver.SENIOR, "ACCEPT_NEW_DEADLINE", "2027-02-15");
        Instant newDue =
                LocalDate.parse("2027-02-15").atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(jobs.task(r.reference(), PREPARE_REVIEW).getDueDate().toInstant())
                .isEqualTo(newDue);
        assertThat(reviewOf(r).getDueDate()).isEqualTo(LocalDate.parse("2027-02-15"));

        jobs.fire(r.reference(), ACCEPTED_REVIEW_DEADLINE_PASSED);
        decideOnLadder(r, Roles.SENIOR_ADVISERS, ReviewDriver.SENIOR, "CLOSE_AS_NOT_FEASIBLE", null);

        assertThat(r.pi())
                .isEnded()
                .hasPassed(APPLY_MISSED_REVIEW_DECISION, ACCEPTED_REVIEW_DEADLINE_PASSED, REVIEW_NOT_HELD)
                .hasNotPassed(REVIEW_ENDORSED_GATEWAY);
        assertThat(reviewOf(r).getStatus()).isEqualTo(ReviewStatus.NOT_HELD);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(r.reference())
                        .count())
                .isZero();
    }

    @Test
    void submittedDuringEscalation_endsTheLadder() {
        Reviewed r = start("GOV-SSD");
        jobs.fire(r.reference(), REVIEW_MISSED);
        assertThat(r.pi()).isWaitingAt(PREPARE_REVIEW, ESCALATE_MISSED_REVIEW);
        driver.prepare(r.reference(), driver.preparation(r.reference(), "ON_TRACK", "PARTIAL", 0));
        assertThat(r.pi())
                .hasPassed(REVIEW_SUBMITTED_DURING_ESCALATION, MISSED_REVIEW_ESCALATION_NO_LONGER_NEEDED)
                .isWaitingAtExactly(PREPARE_AND_ENDORSE, ENDORSE_REVIEW);
        assertThat(escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(
                        r.commitment().getId()))
                .extracting(e -> e.getDecision())
                .containsExactly(EscalationDecision.NO_LONGER_NEEDED);
    }

    @Test
    void reviewNoLongerLateWhenTheLadderWouldOpen_endsTheEscalation() {
        Reviewed r = start("GOV-SSD");
        runtimeService
                .createProcessInstanceModification(r.pi().getId())
                .startBeforeActivity(APPLY_MISSED_REVIEW_DECISION)
                .setVariable("escalationDecision", "NO_LONGER_NEEDED")
                .execute();
        assertThat(r.pi()).hasPassed(REVIEW_NO_LONGER_LATE).isWaitingAt(PREPARE_REVIEW);
    }

    @Test
    void invalidPreparation_isRefusedWithEveryProblem_andThePreparerDoesNotEndorse() {
        Reviewed r = start("GOV-SSD");
        Task prepare = jobs.task(r.reference(), PREPARE_REVIEW);
        Map<String, Object> bad = new HashMap<>(driver.preparation(r.reference(), "ON_TRACK", "FULL", 0));
        bad.remove("ratingINVESTIGATIONS");
        bad.put("maraReference", "case of Mary at Yei");
        bad.put("incidentsVerified", -1);
        assertThatThrownBy(() -> jobs.complete(prepare, ReviewDriver.ADVISER, Roles.ADVISERS, bad))
                .hasMessageContaining("Rating of Investigations is required")
                .hasMessageContaining("MARA reference must be an opaque reference")
                .hasMessageContaining("must be between 0 and 100000");
        assertThat(jobs.task(r.reference(), PREPARE_REVIEW).getId()).isEqualTo(prepare.getId());
        assertThat(reviewOf(r).getStatus()).isEqualTo(ReviewStatus.DUE);

        // a senior adviser who also works as an adviser and prepared the review cannot endorse it too
        identityService.setAuthentication(
                ReviewDriver.SENIOR, List.of(Roles.ADVISERS, Roles.SENIOR_ADVISERS), List.of("unmiss"));
        try {
            taskService.complete(prepare.getId(), driver.preparation(r.reference(), "ON_TRACK", "FULL", 0));
            Task endorse = jobs.task(r.reference(), ENDORSE_REVIEW);
            assertThatThrownBy(() -> taskService.complete(endorse.getId(), Map.of("endorsement", "ENDORSE")))
                    .hasMessageContaining("You prepared this review");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(reviewOf(r).getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
    }
}
