package org.wps.commitments.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail notifications, under {@code commitments.notifications.*}. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is queued or sent.
 *
 * @param from sender address of every notification
 * @param tasklistUrl link to Tasklist appended to every body, so people go straight to the work
 * @param retryEnabled whether this node sweeps the outbox for mails not sent after their transaction
 * @param retryEvery pause between two sweeps
 * @param maxAttempts attempts per mail (the first one after commit included) before it is marked failed
 * @param claimLease how long a node holds a mail it is sending before another node's sweep may take it
 * @param smtpTimeout connect, read and write timeout of the SMTP connection (JavaMail waits for ever by default),
 *     unless {@code spring.mail.properties} sets them
 * @param senderThreads threads of this node sending mails after their transaction commits, so that the committing
 *     thread (a Tasklist request, a job) does not wait for the SMTP server; 0 sends on the committing thread
 * @param senderQueue committed transactions' mails waiting for a sender at most; beyond it, the committing thread
 *     sends its own
 * @param purge the purge of sent mails' subjects and bodies ({@code commitments.notifications.purge.*})
 */
@ConfigurationProperties("commitments.notifications")
record NotificationProperties(
        @DefaultValue("commitments-tracker@example.org") String from,
        @DefaultValue("http://localhost:8080/camunda/app/tasklist/") String tasklistUrl,
        @DefaultValue("true") boolean retryEnabled,
        @DefaultValue("PT5M") Duration retryEvery,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT5M") Duration claimLease,
        @DefaultValue("PT10S") Duration smtpTimeout,
        @DefaultValue("2") int senderThreads,
        @DefaultValue("1000") int senderQueue,
        @DefaultValue Purge purge) {

    /**
     * Mails leave the UN network; the tracker keeps what they said no longer than needed.
     *
     * @param enabled whether this node runs the purge on its schedule (tests call {@code OutboxPurge.purge()})
     * @param retention how long a sent (or given-up) mail keeps its subject and body
     * @param every pause between two purges
     */
    record Purge(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("P30D") Duration retention,
            @DefaultValue("PT1H") Duration every) {

        static final Purge DEFAULTS = new Purge(true, Duration.ofDays(30), Duration.ofHours(1));

        Purge {
            if (retention == null || retention.isNegative()) {
                throw new IllegalArgumentException(
                        "commitments.notifications.purge.retention must be a duration of 0 or more");
            }
            if (every == null || every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("commitments.notifications.purge.every must be a positive duration");
            }
        }
    }

    /** The settings without a purge section: the purge's defaults. */
    NotificationProperties(
            String from,
            String tasklistUrl,
            boolean retryEnabled,
            Duration retryEvery,
            int maxAttempts,
            Duration claimLease,
            Duration smtpTimeout,
            int senderThreads,
            int senderQueue) {
        this(
                from,
                tasklistUrl,
                retryEnabled,
                retryEvery,
                maxAttempts,
                claimLease,
                smtpTimeout,
                senderThreads,
                senderQueue,
                Purge.DEFAULTS);
    }

    @ConstructorBinding
    NotificationProperties {
        if (purge == null) {
            purge = Purge.DEFAULTS;
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("commitments.notifications.from must be an e-mail address");
        }
        if (retryEvery == null || retryEvery.isNegative() || retryEvery.isZero()) {
            throw new IllegalArgumentException("commitments.notifications.retry-every must be a positive duration");
        }
        if (claimLease == null || claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("commitments.notifications.claim-lease must be a positive duration");
        }
        if (smtpTimeout == null || smtpTimeout.isNegative() || smtpTimeout.isZero()) {
            throw new IllegalArgumentException("commitments.notifications.smtp-timeout must be a positive duration");
        }
        if (senderThreads < 0) {
            throw new IllegalArgumentException("commitments.notifications.sender-threads must be 0 or more");
        }
        if (senderQueue < 1) {
            throw new IllegalArgumentException("commitments.notifications.sender-queue must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("commitments.notifications.max-attempts must be at least 1");
        }
    }
}
