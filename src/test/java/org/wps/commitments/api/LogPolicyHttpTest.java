package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.LogCapture;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.testing.Http;

/**
 * Log policy (issue 7): nothing a person typed, no personal data, no e-mail address and no mail body reaches the
 * logs, at the levels production runs with (every statement of ours, the engine's command context at INFO). A task
 * form with a narrative that names a survivor, a phone number and an e-mail address is refused over the engine REST
 * API (submitted and completed), and a mail is sent; then the captured logs hold none of it. (The outbox's failure
 * paths, which name the mail and its user, are checked in {@code OutboxLogPolicyTest}.)
 */
@TrackerTest
class LogPolicyHttpTest {

    private static final String NAME = "Nyakim Gatkuoth";
    private static final String PHONE = "+211 912 345 678";
    private static final String ADDRESS = "nyakim.gatkuoth@example.net";
    private static final String NARRATIVE =
            "Survivor " + NAME + " asked for relocation; call " + PHONE + " or write to " + ADDRESS + ".";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactionManager;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Mailbox.clear();
    }

    @Test
    void aRefusedNarrativeWithPersonalDataIsNotLogged() {
        var opened = http.postJson(
                "/api/commitments",
                "unmissAdviser",
                """
                {"mission":"UNMISS","partyCode":"SSPDF","type":"JOINT_COMMUNIQUE","title":"Log policy check","targetSigningDate":"2027-03-01"}
                """);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String taskId = http.get(
                        "/engine-rest/task?maxResults=10&processInstanceBusinessKey="
                                + opened.json().path("reference").asText(),
                        "unmissAdviser")
                .json()
                .get(0)
                .path("id")
                .asText();
        String yesterday = clock.instant()
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .minusDays(1)
                .toString();
        String variables =
                """
                {"variables":{"engagementDate":{"value":"%s"},"engagementLevel":{"value":"WPA"},
                "counterpartRole":{"value":"Chief of Defence Forces"},"engagementOutcome":{"value":"%s"},
                "engagementDecision":{"value":"CONTINUE"}}}"""
                        .formatted(yesterday, NARRATIVE);

        try (var logs = LogCapture.start()) {
            var submitted = http.postJson("/engine-rest/task/" + taskId + "/submit-form", "unmissAdviser", variables);
            var completed = http.postJson("/engine-rest/task/" + taskId + "/complete", "unmissAdviser", variables);

            assertThat(submitted.status()).as(submitted.body()).isEqualTo(400);
            assertThat(submitted.body()).as("the person is told what was found").contains(NAME);
            assertThat(completed.status()).as(completed.body()).isEqualTo(400);
            assertThat(logs.text()).doesNotContain(NAME, "Gatkuoth", PHONE, ADDRESS, "relocation");
        }
        assertThat(http.get("/engine-rest/task/" + taskId, "unmissAdviser").status())
                .as("the task stays open")
                .isEqualTo(200);
    }

    @Test
    void aMailSentLogsNeitherItsAddressesNorItsBody() throws Exception {
        String key = "log-policy:" + UUID.randomUUID();
        String subject = "Reminder " + key;
        String body = "The signing of UNMISS-JC-2014 is 30 days late. Marker " + UUID.randomUUID();

        try (var logs = LogCapture.start()) {
            Integer queued = new TransactionTemplate(transactionManager)
                    .execute(tx -> notifications.notifyAboutItem(
                            key, "unmiss", Roles.SENIOR_ADVISERS, Sensitivity.PUBLIC, subject, body));
            assertThat(queued).isEqualTo(1);
            assertThat(Mailbox.recipients()).containsExactly("unmissSenior@example.org");
            assertThat(Mailbox.text(Mailbox.received().get(0))).startsWith(body);

            assertThat(logs.text()).doesNotContain("@example.org", body, "Marker");
        }
    }
}
