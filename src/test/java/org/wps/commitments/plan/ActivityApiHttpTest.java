package org.wps.commitments.plan;

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
import org.wps.commitments.process.Jobs;
import org.wps.commitments.testing.Http;

/** {@code /api/activities}: a deadline change over HTTP moves the domain, the task and the timers together. */
@TrackerTest
class ActivityApiHttpTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-01-04");
    private static final LocalDate DEADLINE = LocalDate.parse("2027-03-31");

    @LocalServerPort
    int port;

    @Autowired
    PlanFixture fixture;

    @Autowired
    ActivityService activities;

    @Autowired
    Jobs jobs;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void patchDeadline_movesTheActivityItsTaskAndEveryTimerInOneGo() {
        Followed f = follow();
        var moved = http.patchJson(
                "/api/activities/" + f.activity().getId() + "/deadline",
                "unmissAdviser",
                "{\"deadline\":\"2027-06-30\",\"reason\":\"Funding arrives in the second quarter.\"}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("deadline").asText()).isEqualTo("2027-06-30");
        assertThat(moved.json().path("originalDeadline").asText()).isEqualTo("2027-03-31");
        assertThat(moved.json().path("deadlineRevisions").get(0).path("source").asText())
                .isEqualTo("API");
        assertThat(moved.json()
                        .path("deadlineRevisions")
                        .get(0)
                        .path("changedBy")
                        .asText())
                .isEqualTo("unmissAdviser");
        assertThat(moved.json().path("deadlineRevisions").get(0).path("reason").asText())
                .isEqualTo("Funding arrives in the second quarter.");
        assertThat(jobs.task(f.reference(), ActivityFollowUpProcess.Elements.REPORT_PROGRESS)
                        .getDueDate())
                .isEqualTo(startOf(LocalDate.parse("2027-06-30")));
        assertThat(jobs.timer(f.reference(), ActivityFollowUpProcess.Elements.EARLY_REMINDER_DUE)
                        .getDuedate())
                .isEqualTo(startOf(LocalDate.parse("2027-05-31")));
        assertThat(activities.get(f.activity().getId()).getDeadline()).isEqualTo(LocalDate.parse("2027-06-30"));

        // the commitment lists its plan's activities, with the id the API addresses them by
        var commitment =
                http.get("/api/commitments/" + f.reference(), "unmissSenior").json();
        var listed = commitment.path("plans").get(0).path("activities").get(0);
        assertThat(listed.path("id").asLong()).isEqualTo(f.activity().getId());
        assertThat(listed.path("code").asText()).isEqualTo("A01");
        assertThat(listed.path("originalDeadline").asText()).isEqualTo("2027-03-31");
        assertThat(listed.path("deadline").asText()).isEqualTo("2027-06-30");
        assertThat(commitment.path("plans").get(0).path("status").asText()).isEqualTo("VALIDATED");

        var read = http.get("/api/activities/" + f.activity().getId(), "unmissSenior");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("deadline").asText()).isEqualTo("2027-06-30");
    }

    @Test
    void badPayloads_areRefusedWithTheReasonAndChangeNothing() {
        Followed f = follow();
        String path = "/api/activities/" + f.activity().getId() + "/deadline";

        var missing = http.patchJson(path, "unmissAdviser", "{\"deadline\":\"30.06.2027\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body())
                .contains("Deadline must be a date written like 2027-03-01 (year-month-day), not '30.06.2027'.")
                .contains("Reason is required.");

        var past = http.patchJson(path, "unmissAdviser", "{\"deadline\":\"2026-12-01\",\"reason\":\"Done early\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("The new deadline 2026-12-01 must be after today (2027-01-04).");

        var notJson = http.patchJson(path, "unmissAdviser", "{deadline:");
        assertThat(notJson.status()).isEqualTo(400);

        assertThat(activities.get(f.activity().getId()).getDeadline()).isEqualTo(DEADLINE);
        assertThat(activities.deadlineChangesOf(f.activity().getId())).isEmpty();
        assertThat(jobs.task(f.reference(), ActivityFollowUpProcess.Elements.REPORT_PROGRESS)
                        .getDueDate())
                .isEqualTo(startOf(DEADLINE));
    }

    @Test
    void activitiesOfOtherMissions_unknownIdsAndAnonymousCallers_areRefused() {
        Followed f = follow();
        String body = "{\"deadline\":\"2027-06-30\",\"reason\":\"x\"}";
        assertThat(http.patchJson("/api/activities/" + f.activity().getId() + "/deadline", "minusmaAdviser", body)
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/activities/" + f.activity().getId(), "minusmaAdviser")
                        .status())
                .isEqualTo(404);
        assertThat(http.patchJson("/api/activities/987654321/deadline", "unmissAdviser", body)
                        .status())
                .isEqualTo(404);
        assertThat(http.patchJson("/api/activities/" + f.activity().getId() + "/deadline", null, body)
                        .status())
                .isEqualTo(401);
        assertThat(activities.get(f.activity().getId()).getDeadline()).isEqualTo(DEADLINE);
    }

    private Followed follow() {
        Commitment commitment = fixture.signedCommitment("GOV-SSD", LocalDate.parse("2026-06-15"));
        ImplementationPlan plan = fixture.validatedPlan(commitment, List.of(DEADLINE));
        PlanActivity activity = fixture.activitiesOf(plan).get(0);
        fixture.followUp(activity, commitment);
        return new Followed(commitment, fixture.activity(activity.getId()));
    }

    private record Followed(Commitment commitment, PlanActivity activity) {
        String reference() {
            return commitment.getReference();
        }
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
