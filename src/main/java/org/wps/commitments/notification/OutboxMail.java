package org.wps.commitments.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail to one person, queued in the transaction that decided to send it. Rows change state only through
 * the conditional updates of {@link OutboxMailRepository}, never by editing a loaded entity, so that two nodes
 * can never both believe they own a row.
 */
@Entity
@Table(name = "notification_outbox")
class OutboxMail {

    enum Status {
        /** Queued, not sent yet (possibly claimed by a node that is sending it right now). */
        PENDING,
        SENT,
        /** Gave up after {@code commitments.notifications.max-attempts}. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "recipient_user_id")
    private String recipientUserId;

    /** Null once purged ({@link OutboxMailRepository#purge}). */
    @Column(length = 300)
    private String subject;

    /** Null once purged. */
    @Column(length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The sweep leaves a row alone until then: fresh rows belong to their after-commit send, claimed ones to their claimant. */
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** When the purge removed subject and body (a sent or given-up row past the retention); null before. */
    @Column(name = "purged_at")
    private Instant purgedAt;

    /** Raised by every claim and state change; a claim only succeeds on the version it read. */
    @Column(nullable = false)
    private long version;

    protected OutboxMail() {}

    OutboxMail(
            String idempotencyKey,
            String recipient,
            String recipientUserId,
            String subject,
            String body,
            Instant createdAt,
            Instant nextAttemptAt) {
        this.idempotencyKey = idempotencyKey;
        this.recipient = recipient;
        this.recipientUserId = recipientUserId;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = nextAttemptAt;
    }

    Long getId() {
        return id;
    }

    String getIdempotencyKey() {
        return idempotencyKey;
    }

    String getRecipient() {
        return recipient;
    }

    String getRecipientUserId() {
        return recipientUserId;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getLastError() {
        return lastError;
    }

    Instant getPurgedAt() {
        return purgedAt;
    }

    long getVersion() {
        return version;
    }
}
