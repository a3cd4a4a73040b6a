package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.plan.ImplementationPlanProcess;
import org.wps.commitments.plan.PlanFixture;
import org.wps.commitments.process.Jobs;
import org.wps.commitments.testing.Http;

/** Suspending a commitment stops its timers until it resumes; only those who decide escalations may do it. */
@TrackerTest
class SuspensionHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    PlanFixture fixture;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    Jobs jobs;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ClockUtil.setCurrentTime(
                Date.from(LocalDate.parse("2026-09-01").atTime(9, 0).toInstant(ZoneOffset.UTC)));
        Mailbox.clear();
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void suspendedCommitment_firesNoTimerUntilItResumes() {
        Commitment commitment = fixture.signedCommitment("GOV-SSD", LocalDate.parse("2026-06-15"));
        ProcessInstance plan = fixture.plan(commitment);
        String path = "/api/commitments/" + commitment.getReference() + "/suspension";

        var suspended = http.postJson(
                path, "unmissSenior", "{\"reason\":\"Access to the region lost after renewed fighting\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().path("suspendedAt").isNull()).isFalse();
        assertThat(suspended.json().path("suspensionReason").asText())
                .isEqualTo("Access to the region lost after renewed fighting");
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(plan.getId())
                        .active()
                        .count())
                .isZero();
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(plan.getId())
                        .suspended()
                        .count())
                .isEqualTo(2);
        ClockUtil.setCurrentTime(
                Date.from(LocalDate.parse("2027-08-01").atStartOfDay().toInstant(ZoneOffset.UTC)));
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(plan.getId())
                        .executable()
                        .count())
                .as("due, but suspended: the job executor takes none")
                .isZero();
        assertThat(jobs.task(commitment.getReference(), ImplementationPlanProcess.Elements.DRAFT_PLAN)
                        .isSuspended())
                .isTrue();

        assertThat(http.postJson(path, "unmissSenior", "{\"reason\":\"again\"}").body())
                .contains("is already suspended");

        var resumed = http.delete(path, "unmissSenior");
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().path("suspendedAt").isNull()).isTrue();
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(plan.getId())
                        .executable()
                        .count())
                .as("timers that fell due meanwhile fire on resumption")
                .isEqualTo(2);
        jobs.fire(commitment.getReference(), ImplementationPlanProcess.Elements.PLAN_DUE);
        assertThat(Mailbox.recipients()).containsExactly("unmissAdviser@example.org");
    }

    @Test
    void suspension_isRefusedToAdvisersOtherMissionsAndWithoutReason() {
        Commitment commitment = fixture.signedCommitment("GOV-SSD", LocalDate.parse("2026-06-15"));
        fixture.plan(commitment);
        String path = "/api/commitments/" + commitment.getReference() + "/suspension";

        var adviser = http.postJson(path, "unmissAdviser", "{\"reason\":\"x\"}");
        assertThat(adviser.status()).isEqualTo(403);
        assertThat(adviser.body()).contains("Only senior advisers, mission leadership or the OSRSG-SVC desk");
        assertThat(http.postJson(path, "minusmaSenior", "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
        var noReason = http.postJson(path, "unmissSenior", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Reason is required.");
        assertThat(http.delete(path, "unmissSenior").body()).contains("is not suspended");
        assertThat(http.postJson(path, null, "{\"reason\":\"x\"}").status()).isEqualTo(401);
    }
}
