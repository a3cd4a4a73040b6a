package org.wps.commitments.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.LogCapture;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.OutboxMail.Status;

/**
 * Log policy of the outbox: a mail that cannot leave is logged by its row id, idempotency key and recipient's user
 * id, never by address, subject or body, also when the SMTP server's reason quotes the address.
 */
@TrackerTest
class OutboxLogPolicyTest {

    private static final String ADDRESS = "unmissSenior@example.org";

    @Autowired
    Outbox outbox;

    @Autowired
    GroupMembers members;

    @Autowired
    OutboxMailRepository rows;

    @Autowired
    NotificationProperties properties;

    @Autowired
    PlatformTransactionManager transactionManager;

    private String key;
    private String subject;
    private String body;

    @BeforeEach
    void setUp() {
        Mailbox.clear();
        key = "log-policy:" + UUID.randomUUID();
        subject = "Subject marker " + UUID.randomUUID();
        body = "Body marker " + UUID.randomUUID();
    }

    @Test
    void aMailThatCannotLeaveIsLoggedByIdAndUser_neverByAddressSubjectOrBody() throws Exception {
        var down = new Notifications(
                new Outbox(rows, senderOnDeadPort(), properties, transactionManager, Clock.systemUTC()),
                members,
                properties);
        var oneAttempt = new NotificationProperties(
                properties.from(),
                properties.tasklistUrl(),
                false,
                Duration.ofMinutes(5),
                1,
                properties.claimLease(),
                properties.smtpTimeout(),
                properties.senderThreads(),
                properties.senderQueue());
        var givingUp = new Notifications(
                new Outbox(rows, senderOnDeadPort(), oneAttempt, transactionManager, Clock.systemUTC()),
                members,
                oneAttempt);

        try (var logs = LogCapture.start()) {
            inTransaction(() -> down.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, body));
            inTransaction(() -> givingUp.notifyGroup(key + ":2", "unmiss", Roles.SENIOR_ADVISERS, subject, body));

            String text = logs.text();
            assertThat(text)
                    .as("the failures are logged, naming the user")
                    .contains("not sent (attempt 1 of 5), will retry", "giving up", "to user unmissSenior", key);
            assertThat(text).doesNotContain(ADDRESS, "@example.org", subject, body);
        }
        assertThat(rows.findByIdempotencyKeyOrderByIdAsc(key + ":2").get(0).getStatus())
                .isEqualTo(Status.FAILED);
        // the pending one leaves now, so that no other test's sweep finds it
        outbox.sendDue();
        assertThat(rows.findByIdempotencyKeyOrderByIdAsc(key).get(0).getStatus())
                .isEqualTo(Status.SENT);
    }

    @Test
    void anSmtpReasonQuotingAnAddressIsLoggedWithoutIt() {
        assertThat(
                        Outbox.withoutAddresses(
                                "550 5.1.1 <unmissSenior@example.org>: Recipient address rejected; also a.b-c@mail.example.org"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected; also <address>");
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> work.run());
    }

    /** A sender to a port of this machine nobody listens on: connections are refused at once. */
    private static JavaMailSenderImpl senderOnDeadPort() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }
}
