package org.wps.commitments.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what sent mails said once the retention ({@code commitments.notifications.purge.retention}) has passed:
 * the subject and body of a row sent (or given up) longer ago become null, and {@code purged_at} says when. The
 * row's key, recipient, status, attempts and timestamps stay, so the outbox still answers who was told, and when.
 * Pending rows are never purged, however old: they still have to be sent (and are given up after
 * {@code max-attempts}, then purged like sent ones).
 *
 * <p>One UPDATE statement; every node runs it on its schedule ({@link NotificationConfiguration}). It is idempotent
 * (a purged row is left alone) and safe to run on several nodes at once: each row is purged by the first statement
 * that locks it, the others find it purged.
 */
@Component
class OutboxPurge {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPurge.class);

    private final OutboxMailRepository rows;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Autowired
    OutboxPurge(
            OutboxMailRepository rows,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager) {
        // the outbox's clock: sent_at is written in real time (Outbox), whatever the engine clock says in tests
        this(rows, properties, transactionManager, Clock.systemUTC());
    }

    OutboxPurge(
            OutboxMailRepository rows,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Purges the rows past the retention; returns how many this call purged (0 when run again). */
    int purge() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.purge().retention());
        int purged = transaction.execute(tx -> rows.purge(cutoff, now));
        if (purged > 0) {
            LOG.info(
                    "Purged subject and body of {} sent or given-up mails older than {}",
                    purged,
                    properties.purge().retention());
        }
        return purged;
    }
}
