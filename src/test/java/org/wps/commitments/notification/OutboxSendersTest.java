package org.wps.commitments.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.OutboxMail.Status;

/**
 * The outbox's sender threads, as production runs them ({@code sender-threads: 2}; the test profile sends on the
 * committing thread): the committing thread does not wait for the SMTP server, a full queue makes it send its own
 * mails, and shutdown finishes what was handed over and leaves the rest pending for the sweep. The SMTP server is the
 * tests' GreenMail, behind a gate that holds the sender threads' conversations until a test opens it.
 */
@TrackerTest
class OutboxSendersTest {

    @Autowired
    GroupMembers members;

    @Autowired
    OutboxMailRepository rows;

    @Autowired
    NotificationProperties properties;

    @Autowired
    PlatformTransactionManager transactionManager;

    private GatedSender smtp;
    private Outbox outbox;
    private String key;

    @BeforeEach
    void setUp() {
        Mailbox.clear();
        smtp = new GatedSender();
        key = "senders:" + UUID.randomUUID();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        smtp.gate.countDown();
        if (outbox != null) {
            outbox.destroy();
        }
    }

    @Test
    void theCommittingThreadGoesOnWhileASenderTalksToTheSmtpServer() {
        outbox = outboxWith(2, 10);

        notifySeniors(key); // returns although the SMTP conversation is held at the gate
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.attemptedBy.size() == 1);

        assertThat(smtp.attemptedBy)
                .as("a sender thread took the mail")
                .singleElement()
                .asString()
                .startsWith("outbox-sender-");
        assertThat(pendingRows(key))
                .as("not sent yet: the SMTP server has not answered")
                .isEqualTo(1);
        assertThat(outbox.idle()).isFalse();

        smtp.gate.countDown();
        await().atMost(Duration.ofSeconds(20)).until(outbox::idle);
        assertThat(status(key)).isEqualTo(Status.SENT);
        assertThat(Mailbox.recipients()).containsExactly("unmissSenior@example.org");
    }

    @Test
    void whenTheQueueIsFullTheCommittingThreadSendsItsOwnMails() {
        outbox = outboxWith(1, 1);

        notifySeniors(key + ":held"); // the only sender, held at the gate
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.attemptedBy.size() == 1);
        notifySeniors(key + ":queued"); // fills the queue of one
        notifySeniors(key + ":own"); // nowhere to go: sent by this thread, through the gate

        assertThat(smtp.attemptedBy)
                .as("the third transaction's mail went out on the committing thread")
                .contains(Thread.currentThread().getName());
        assertThat(status(key + ":own")).isEqualTo(Status.SENT);

        smtp.gate.countDown();
        await().atMost(Duration.ofSeconds(20)).until(outbox::idle);
        assertThat(List.of(status(key + ":held"), status(key + ":queued"))).containsOnly(Status.SENT);
        assertThat(Mailbox.recipients()).hasSize(3);
    }

    @Test
    void shutdownFinishesWhatWasHandedOverAndLeavesLaterMailsToTheSweep() throws Exception {
        outbox = outboxWith(1, 10);
        notifySeniors(key + ":handed");
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.attemptedBy.size() == 1);

        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> {
            try {
                outbox.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.isShuttingDown());
        assertThat(shutdown).as("waits for the mail in the SMTP conversation").isNotDone();
        notifySeniors(key + ":late"); // committed while the node stops: nobody sends it now

        smtp.gate.countDown();
        shutdown.get(20, TimeUnit.SECONDS);
        assertThat(status(key + ":handed")).isEqualTo(Status.SENT);
        assertThat(status(key + ":late")).as("kept for a retry sweep").isEqualTo(Status.PENDING);

        // any node's sweep sends it once its lease has run out
        Outbox afterTheLease = new Outbox(
                rows,
                new GatedSender().open(),
                properties,
                transactionManager,
                Clock.offset(Clock.systemUTC(), properties.claimLease().plusMinutes(1)));
        assertThat(afterTheLease.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(status(key + ":late")).isEqualTo(Status.SENT);
    }

    private Outbox outboxWith(int threads, int queue) {
        NotificationProperties withSenders = new NotificationProperties(
                properties.from(),
                properties.tasklistUrl(),
                false,
                properties.retryEvery(),
                properties.maxAttempts(),
                properties.claimLease(),
                properties.smtpTimeout(),
                threads,
                queue);
        return new Outbox(rows, smtp, withSenders, transactionManager, Clock.systemUTC());
    }

    private void notifySeniors(String idempotencyKey) {
        Notifications notifications = new Notifications(outbox, members, properties);
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(tx -> notifications.notifyGroup(
                        idempotencyKey, "unmiss", Roles.SENIOR_ADVISERS, "Senders test", "A test mail."));
    }

    private long pendingRows(String idempotencyKey) {
        return rows.findByIdempotencyKeyOrderByIdAsc(idempotencyKey).stream()
                .filter(row -> row.getStatus() == Status.PENDING)
                .count();
    }

    private Status status(String idempotencyKey) {
        return rows.findByIdempotencyKeyOrderByIdAsc(idempotencyKey).get(0).getStatus();
    }

    /** The tests' GreenMail, each conversation waiting at a gate first; records which thread attempted each. */
    private static final class GatedSender extends JavaMailSenderImpl {

        final CountDownLatch gate = new CountDownLatch(1);
        final List<String> attemptedBy = new CopyOnWriteArrayList<>();

        GatedSender() {
            setHost("127.0.0.1");
            setPort(Mailbox.port());
        }

        GatedSender open() {
            gate.countDown();
            return this;
        }

        @Override
        protected void doSend(jakarta.mail.internet.MimeMessage[] messages, Object[] originals) throws MailException {
            String thread = Thread.currentThread().getName();
            attemptedBy.add(thread);
            if (!thread.startsWith("outbox-sender-")) {
                super.doSend(messages, originals);
                return;
            }
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the SMTP gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            super.doSend(messages, originals);
        }
    }
}
