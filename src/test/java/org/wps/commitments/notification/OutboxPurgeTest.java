package org.wps.commitments.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.notification.OutboxMail.Status;

/**
 * The purge of sent mails' subjects and bodies ({@code commitments.notifications.purge.*}): the test profile turns
 * its schedule off, and each test runs it with a clock of its own, days after the rows it writes.
 */
@TrackerTest
class OutboxPurgeTest {

    @Autowired
    OutboxMailRepository rows;

    @Autowired
    NotificationProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final Instant now = Instant.now();
    private String key;

    @BeforeEach
    void setUp() {
        key = "purge-test:" + UUID.randomUUID();
        // purge what other tests left past the retention, so counts below are this test's
        purgeAt(Instant.now().plus(Duration.ofDays(3650)));
    }

    @AfterEach
    void removeRows() {
        // a pending row left behind would be sent by the next test's sweep
        jdbc.update("delete from notification_outbox where idempotency_key like ?", key + "%");
    }

    @Test
    void theRetentionIsThirtyDaysAndThePurgeRunsHourly_byDefault_andIsOffInTests() {
        assertThat(properties.purge().retention()).isEqualTo(Duration.ofDays(30));
        assertThat(properties.purge().every()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.purge().enabled()).isFalse();
    }

    @Test
    void aSentRowOlderThanTheRetentionLosesSubjectAndBody_andKeepsItsMetadata() {
        OutboxMail old = sent("old", now.minus(Duration.ofDays(31)));
        OutboxMail young = sent("young", now.minus(Duration.ofDays(29)));

        int purged = purgeAt(now);

        assertThat(purged).isEqualTo(1);
        OutboxMail after = rows.findById(old.getId()).orElseThrow();
        assertThat(after.getSubject()).isNull();
        assertThat(after.getBody()).isNull();
        assertThat(after.getPurgedAt()).isNotNull();
        assertThat(after.getIdempotencyKey()).isEqualTo(key + ":old");
        assertThat(after.getRecipient()).isEqualTo("unmissSenior@example.org");
        assertThat(after.getRecipientUserId()).isEqualTo("unmissSenior");
        assertThat(after.getStatus()).isEqualTo(Status.SENT);
        assertThat(after.getAttempts()).isEqualTo(1);
        assertThat(after.getCreatedAt()).isEqualTo(old.getCreatedAt());
        assertThat(after.getSentAt()).isEqualTo(old.getSentAt());

        OutboxMail kept = rows.findById(young.getId()).orElseThrow();
        assertThat(kept.getSubject()).isEqualTo("Subject young");
        assertThat(kept.getBody()).isEqualTo("Body young");
        assertThat(kept.getPurgedAt()).isNull();
    }

    @Test
    void aPendingRowIsNotPurgedBeforeItIsSent_however_old() {
        Instant queued = now.minus(Duration.ofDays(90));
        OutboxMail pending = rows.save(new OutboxMail(
                key + ":pending", "unmissSenior@example.org", "unmissSenior", "S", "B", queued, now.plusSeconds(3600)));

        assertThat(purgeAt(now)).isZero();

        OutboxMail after = rows.findById(pending.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(Status.PENDING);
        assertThat(after.getSubject()).isEqualTo("S");
        assertThat(after.getBody()).isEqualTo("B");
    }

    @Test
    void aGivenUpRowIsPurgedTheRetentionAfterItsLastAttempt() {
        OutboxMail failed = sent("failed", now.minus(Duration.ofDays(40)));
        jdbc.update(
                "update notification_outbox set status = 'FAILED', sent_at = null, next_attempt_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofDays(31))),
                failed.getId());

        assertThat(purgeAt(now)).isEqualTo(1);

        OutboxMail after = rows.findById(failed.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(Status.FAILED);
        assertThat(after.getSubject()).isNull();
        assertThat(after.getBody()).isNull();
    }

    @Test
    void runningThePurgeTwice_orOnTwoNodes_isHarmless() {
        OutboxMail old = sent("twice", now.minus(Duration.ofDays(45)));

        int first = purgeAt(now);
        Instant purgedAt = rows.findById(old.getId()).orElseThrow().getPurgedAt();
        int second = purgeAt(now.plusSeconds(60));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        OutboxMail after = rows.findById(old.getId()).orElseThrow();
        assertThat(after.getPurgedAt()).as("the first purge's time stays").isEqualTo(purgedAt);
        assertThat(after.getStatus()).isEqualTo(Status.SENT);
    }

    /** A row of this test sent at {@code sentAt}, written as the outbox writes it. */
    private OutboxMail sent(String name, Instant sentAt) {
        Instant queued = sentAt.minusSeconds(5);
        OutboxMail row = rows.save(new OutboxMail(
                key + ":" + name,
                "unmissSenior@example.org",
                "unmissSenior",
                "Subject " + name,
                "Body " + name,
                queued,
                queued));
        jdbc.update(
                "update notification_outbox set status = 'SENT', attempts = 1, sent_at = ?, version = 2 where id = ?",
                Timestamp.from(sentAt),
                row.getId());
        return rows.findById(row.getId()).orElseThrow();
    }

    private int purgeAt(Instant at) {
        return new OutboxPurge(rows, properties, transactionManager, Clock.fixed(at, ZoneOffset.UTC)).purge();
    }
}
