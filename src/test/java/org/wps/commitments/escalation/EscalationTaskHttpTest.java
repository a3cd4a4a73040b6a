package org.wps.commitments.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanFixture;
import org.wps.commitments.testing.Http;

/**
 * A level of the ladder as its group meets it through the engine REST API that Tasklist uses: only the mission's
 * group of that level decides, a decision without its reason is refused, and the decision is recorded.
 */
@TrackerTest
class EscalationTaskHttpTest {

    private static final LocalDate DEADLINE = LocalDate.parse("2026-08-03");

    @LocalServerPort
    int port;

    @Autowired
    PlanFixture fixture;

    @Autowired
    EscalationRepository escalations;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        // 70 days after the deadline: the ladder starts at level 2, mission leadership
        ClockUtil.setCurrentTime(Date.from(DEADLINE.plusDays(70).atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void onlyTheMissionsGroupOfTheLevelDecides() {
        Commitment commitment = fixture.signedCommitment("GOV-SSD", LocalDate.parse("2026-01-15"));
        ImplementationPlan plan = fixture.validatedPlan(commitment, List.of(DEADLINE));
        PlanActivity activity = fixture.activitiesOf(plan).get(0);
        fixture.ladder(EscalatedItemType.ACTIVITY, activity.getId(), commitment);
        // engine REST clients page (query-max-results-limit)
        String tasks = "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + commitment.getReference();

        var leaderSees = http.get(tasks, "unmissLeader").json();
        assertThat(leaderSees).hasSize(1);
        assertThat(leaderSees.get(0).path("name").asText()).startsWith("Decide on overdue item (level 2)");
        assertThat(http.get(tasks, "minusmaLeader").json()).isEmpty();
        String taskId = leaderSees.get(0).path("id").asText();
        String form = "/engine-rest/task/" + taskId + "/submit-form";

        var notTheirs = http.postJson(form, "unmissAdviser", decision("ENGAGE_PARTY", "Meeting the minister."));
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(403);

        var withoutReason = http.postJson(form, "unmissLeader", decision("ENGAGE_PARTY", ""));
        assertThat(withoutReason.status()).as(withoutReason.body()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("Reason for the decision is required.");

        var decided =
                http.postJson(form, "unmissLeader", decision("ENGAGE_PARTY", "The SRSG raises it with the minister."));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(
                        EscalatedItemType.ACTIVITY, activity.getId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getLevel()).isEqualTo(2);
                    assertThat(e.getDecision()).isEqualTo(EscalationDecision.ENGAGE_PARTY);
                    assertThat(e.getDecidedBy()).isEqualTo("unmissLeader");
                    assertThat(e.getDecisionNote()).isEqualTo("The SRSG raises it with the minister.");
                });
        assertThat(http.get(tasks, "unmissLeader").json())
                .as("level 3 opens later, at +90 days")
                .isEmpty();
    }

    private static String decision(String decision, String note) {
        return """
                {"variables": {"escalationDecision": {"value": "%s"}, "decisionNote": {"value": "%s"}}}
                """
                .formatted(decision, note);
    }
}
