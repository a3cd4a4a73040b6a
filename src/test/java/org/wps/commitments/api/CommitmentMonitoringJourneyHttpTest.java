package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.closure.ClosureProcess;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.concern.ComplianceConcernProcess;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.plan.PlanActivityRepository;
import org.wps.commitments.plan.PlanDriver;
import org.wps.commitments.process.Jobs;
import org.wps.commitments.review.MonitoringReview;
import org.wps.commitments.review.MonitoringReviewRepository;
import org.wps.commitments.review.ReviewDriver;
import org.wps.commitments.review.ReviewFollowUp;
import org.wps.commitments.review.ReviewStatus;
import org.wps.commitments.testing.Http;

/**
 * A commitment's life after signing, end to end on the running server: plan validated, two quarterly monitoring
 * reviews, a compliance concern reported through the API and acted upon, then the final compliance assessment
 * closes it and everything still open is cancelled.
 */
@TrackerTest
class CommitmentMonitoringJourneyHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Jobs jobs;

    @Autowired
    PlanDriver planDriver;

    @Autowired
    org.wps.commitments.commitment.LifecycleDriver lifecycleDriver;

    @Autowired
    ReviewDriver reviewDriver;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    MonitoringReviewRepository reviews;

    @Autowired
    PlanActivityRepository activities;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T08:00:00Z")));
        Mailbox.clear();
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void signedCommitment_twoQuarterlyReviews_aConcern_thenClosedAsFulfilled() throws Exception {
        var opened = http.postJson(
                "/api/commitments",
                "unmissAdviser",
                "{\"mission\":\"UNMISS\",\"partyCode\":\"GOV-SSD\",\"type\":\"JOINT_COMMUNIQUE\","
                        + "\"title\":\"Monitoring journey\",\"targetSigningDate\":\"2027-03-01\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String reference = opened.json().path("reference").asText();
        lifecycleDriver.sign(reference, LocalDate.parse("2027-01-04"));
        String path = "/api/commitments/" + reference + "/compliance-concerns";
        var afterSigning = http.postJson(
                path, "unmissAdviser", "{\"kind\":\"DENIAL_OF_ACCESS\",\"reference\":\"MARA-UNMISS-2027-0001\"}");
        assertThat(afterSigning.status()).as(afterSigning.body()).isEqualTo(201);
        assertThat(jobs.task(reference, ComplianceConcernProcess.Elements.ASSESS_CONCERN))
                .isNotNull();

        planDriver.draftAndValidate(reference, LocalDate.parse("2027-01-04"), LocalDate.parse("2027-12-31"));
        assertThat(commitments.findByReference(reference).orElseThrow().getStage())
                .isEqualTo(CommitmentStage.IMPLEMENTATION);

        // first quarter: at risk, kept under watch and flagged for the annual report
        jobs.fire(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED);
        reviewDriver.review(reference, "AT_RISK", "PARTIAL", 0);
        // the concern reported after signing: assessed and referred to mission leadership, who act on it
        reviewDriver.assessConcern(reference, "MISSION_LEADERSHIP");
        reviewDriver.decideConcern(
                reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP, "DEMARCHE_BY_HEAD_OF_MISSION");
        var concerns = http.get(path, "unmissSenior");
        assertThat(concerns.status()).isEqualTo(200);
        assertThat(concerns.json().get(0).path("status").asText()).isEqualTo("ACTED_UPON");
        assertThat(concerns.json().get(0).path("action").asText()).isEqualTo("DEMARCHE_BY_HEAD_OF_MISSION");
        assertThat(Mailbox.recipients()).contains("unmissLeader@example.org");

        // second quarter: every element fully implemented, the review proposes the final assessment
        jobs.fire(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED);
        reviewDriver.review(reference, "ON_TRACK", "FULL", 0);
        long id = commitments.findByReference(reference).orElseThrow().getId();
        List<MonitoringReview> held = reviews.findByCommitmentIdOrderByPeriodEndDesc(id);
        assertThat(held)
                .extracting(
                        MonitoringReview::getStatus,
                        MonitoringReview::getFollowUp,
                        MonitoringReview::isFlaggedForAnnualReport)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ReviewStatus.ENDORSED, ReviewFollowUp.PROPOSE_CLOSURE, true),
                        org.assertj.core.groups.Tuple.tuple(ReviewStatus.ENDORSED, ReviewFollowUp.CONTINUE, true));
        assertThat(held.get(0).getPeriodStart())
                .isEqualTo(held.get(1).getPeriodEnd().plusDays(1));

        reviewDriver.assessFinalCompliance(
                reference,
                Map.of("closureDecision", "FULFILLED", "closureReason", "All elements implemented and verified."));

        var closed = http.get("/api/commitments/" + reference, "unmissAdviser");
        assertThat(closed.json().path("commitment").path("stage").asText())
                .as(closed.body())
                .isEqualTo("FULFILLED");
        assertThat(jobs.instancesOf(reference))
                .as("nothing runs for a closed commitment")
                .isEmpty();
        assertThat(activities.findByCommitmentIdOrderByIdAsc(id))
                .extracting(a -> a.getStatus().name())
                .containsOnly("CANCELLED");
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .activityId(ClosureProcess.Elements.COMMITMENT_FULFILLED)
                        .processInstanceId(
                                opened.json().path("processInstanceId").asText())
                        .count())
                .isEqualTo(1);
        var afterClosure =
                http.postJson(path, "unmissAdviser", "{\"kind\":\"AMNESTY\",\"reference\":\"MARA-UNMISS-2027-0009\"}");
        assertThat(afterClosure.status()).isEqualTo(409);
        assertThat(afterClosure.body()).contains("is fulfilled");
    }
}
