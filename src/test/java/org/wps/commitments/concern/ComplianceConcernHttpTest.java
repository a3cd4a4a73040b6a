package org.wps.commitments.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.LifecycleDriver;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.process.Jobs;
import org.wps.commitments.testing.Http;

/** {@code /api/commitments/{reference}/compliance-concerns}: who may report, what is refused, and why. */
@TrackerTest
class ComplianceConcernHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    Jobs jobs;

    @Autowired
    ComplianceConcernRepository concerns;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T08:00:00Z")));
        Mailbox.clear();
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void concernOnASignedCommitment_opensItsAssessment_andInformsLeadershipAndTheDeskForAListedParty()
            throws Exception {
        String reference = lifecycle.open("SSPDF", LocalDate.parse("2027-03-01"));
        lifecycle.sign(reference, LocalDate.parse("2027-02-01"));
        String path = "/api/commitments/" + reference + "/compliance-concerns";

        var created = http.postJson(
                path,
                "unmissAdviser",
                "{\"kind\":\"VERIFIED_ALLEGATION\",\"reference\":\"MARA-UNMISS-2027-0042\","
                        + "\"sensitivity\":\"STRICTLY_CONFIDENTIAL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("REPORTED");
        assertThat(created.json().path("sensitivity").asText()).isEqualTo("STRICTLY_CONFIDENTIAL");
        assertThat(jobs.task(reference, ComplianceConcernProcess.Elements.ASSESS_CONCERN)
                        .getDueDate()
                        .toInstant())
                .isEqualTo(Instant.parse("2027-02-04T08:00:00Z"));
        assertThat(Mailbox.recipients()).contains("unmissLeader@example.org", "osrsgDesk@example.org");

        var duplicate = http.postJson(
                path, "unmissSenior", "{\"kind\":\"VERIFIED_ALLEGATION\",\"reference\":\"MARA-UNMISS-2027-0042\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("detail").asText()).contains("already recorded");

        // three days later the assessment is late: the overdue view lists it for the senior advisers
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-05T08:00:00Z")));
        var overdue = http.get("/api/overdue?mission=UNMISS&party=SSPDF&size=500", "unmissSenior");
        assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
        var late = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        overdue.json().path("items").forEach(item -> {
            if (item.path("item").asText().equals("Compliance concern MARA-UNMISS-2027-0042")) {
                late.add(item);
            }
        });
        assertThat(late).singleElement().satisfies(item -> {
            assertThat(item.path("kind").asText()).isEqualTo("CONCERN");
            assertThat(item.path("commitmentReference").asText()).isEqualTo(reference);
            assertThat(item.path("responsible").asText()).isEqualTo("seniorAdvisers");
            assertThat(item.path("daysOverdue").asInt()).isEqualTo(1);
            assertThat(item.path("taskUrl").asText()).contains("/camunda/app/tasklist/");
        });
        assertThat(http.get("/api/overdue?mission=UNMISS&party=SSPDF&size=500", "minusmaSenior")
                        .status())
                .isEqualTo(404);

        var list = http.get(path, "unmissSenior");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).path("reference").asText()).isEqualTo("MARA-UNMISS-2027-0042");
    }

    @Test
    void badInput_otherMissions_wrongRoles_andUnsignedCommitments_areRefusedAndNothingIsRecorded() {
        String signed = lifecycle.open("GOV-SSD", LocalDate.parse("2027-03-01"));
        lifecycle.sign(signed, LocalDate.parse("2027-02-01"));
        String path = "/api/commitments/" + signed + "/compliance-concerns";
        long before = concerns.count();

        var narrative = http.postJson(
                path, "unmissAdviser", "{\"kind\":\"VERIFIED_ALLEGATION\",\"reference\":\"Mary was attacked in Yei\"}");
        assertThat(narrative.status()).isEqualTo(400);
        assertThat(narrative.body()).contains("opaque reference", "never a name");
        var badKind = http.postJson(path, "unmissAdviser", "{\"kind\":\"RUMOUR\",\"reference\":\"MARA-1\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("Kind of concern");
        assertThat(http.postJson(path, "unmissAdviser", "{}").status()).isEqualTo(400);

        assertThat(http.postJson(path, "minusmaAdviser", "{\"kind\":\"AMNESTY\",\"reference\":\"MARA-2\"}")
                        .status())
                .as("another mission's adviser does not see the commitment")
                .isEqualTo(404);
        assertThat(http.get(path, "minusmaAdviser").status()).isEqualTo(404);
        assertThat(http.postJson(path, "manager", "{\"kind\":\"AMNESTY\",\"reference\":\"MARA-3\"}")
                        .status())
                .isEqualTo(403);
        assertThat(http.postJson(path, null, "{\"kind\":\"AMNESTY\",\"reference\":\"MARA-4\"}")
                        .status())
                .isEqualTo(401);

        String unsigned = lifecycle.open("GOV-SSD", LocalDate.parse("2027-03-01"));
        var early = http.postJson(
                "/api/commitments/" + unsigned + "/compliance-concerns",
                "unmissAdviser",
                "{\"kind\":\"AMNESTY\",\"reference\":\"MARA-5\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("detail").asText())
                .contains("is engagement", "followed from signing until the commitment is closed");
        assertThat(concerns.count()).isEqualTo(before);
    }
}
