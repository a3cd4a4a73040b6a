package org.wps.commitments.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.wps.commitments.notification.OutboxMail.Status;

/**
 * The outbox table. Every state change is a conditional update on the version the caller read and returns the
 * number of rows changed: 0 means another node (or the other path of this node) got there first.
 */
interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    List<OutboxMail> findByIdempotencyKeyOrderByIdAsc(String idempotencyKey);

    long countByStatus(Status status);

    /** Rows the sweep may try: still pending and neither fresh nor claimed by someone else. */
    List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(Status status, Instant now, Limit limit);

    /**
     * Takes a pending row for one attempt: counts the attempt and holds the row until {@code leaseEnd}, so that
     * sweeps elsewhere leave it alone while this node talks to the SMTP server. Only a row nobody has claimed yet, or
     * whose last claim has run out by {@code now}: the node that queued a mail reads it afresh when its sender gets to
     * it, and a sweep may have taken it meanwhile (the mail waited in the senders' queue longer than the lease); the
     * version alone would not tell, since the row was read after the sweep's claim.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            """
            update OutboxMail m
            set m.attempts = m.attempts + 1, m.nextAttemptAt = :leaseEnd, m.version = m.version + 1
            where m.id = :id and m.version = :version and m.status = PENDING
              and (m.attempts = 0 or m.nextAttemptAt <= :now)""")
    int claim(
            @Param("id") long id,
            @Param("version") long version,
            @Param("now") Instant now,
            @Param("leaseEnd") Instant leaseEnd);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            """
            update OutboxMail m
            set m.status = SENT, m.sentAt = :sentAt, m.lastError = null, m.version = m.version + 1
            where m.id = :id and m.version = :version""")
    int markSent(@Param("id") long id, @Param("version") long version, @Param("sentAt") Instant sentAt);

    /**
     * Removes subject and body of the rows that are done with and older than {@code cutoff}: sent ones by the time
     * they were sent, given-up ones by the time of their last attempt; pending rows are never touched (they still
     * have to be sent). Key, recipient, status, attempts and timestamps stay. One statement, idempotent (a purged row
     * is left alone), so several nodes may run it at once: the database's row locks let each row be purged once.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            """
            update OutboxMail m
            set m.subject = null, m.body = null, m.purgedAt = :now, m.version = m.version + 1
            where m.purgedAt is null
              and ((m.status = SENT and m.sentAt <= :cutoff)
                or (m.status = FAILED and m.nextAttemptAt <= :cutoff))""")
    int purge(@Param("cutoff") Instant cutoff, @Param("now") Instant now);

    /** After a failed attempt: pending again (due at {@code nextAttemptAt}) or failed for good. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            """
            update OutboxMail m
            set m.status = :status, m.lastError = :error, m.nextAttemptAt = :nextAttemptAt, m.version = m.version + 1
            where m.id = :id and m.version = :version""")
    int markAttemptFailed(
            @Param("id") long id,
            @Param("version") long version,
            @Param("status") Status status,
            @Param("error") String error,
            @Param("nextAttemptAt") Instant nextAttemptAt);
}
