package org.wps.commitments.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.notification.GroupMembers.Recipient;
import org.wps.commitments.notification.OutboxMail.Status;

/**
 * The transactional outbox: rows are written in the caller's transaction and sent once it has committed;
 * {@link #sendDue()} retries what was not sent then (SMTP down, node stopped between commit and send).
 * Each attempt first claims its row with a conditional update, so one row is sent by one node at a time.
 *
 * <p>After the commit, the rows are handed to this node's senders ({@code commitments.notifications.sender-threads}),
 * so the committing thread (a Tasklist request, a job thread) goes on at once instead of waiting for the SMTP
 * server: a person completing a task does not wait for the mails it sends, and a slow mail server does not hold the
 * job executor. When the senders' queue is full, the committing thread sends its mails itself (back-pressure); with
 * 0 sender threads it always does. On shutdown the senders finish what they were handed, waiting up to three SMTP
 * timeouts; what is left then stays pending for a retry sweep, as after a crash.
 */
@Component
class Outbox implements DisposableBean {

    /**
     * How long a claimed (or freshly queued) row is left to its owner before a sweep may take it over; far longer
     * than one SMTP conversation under the timeouts of {@link NotificationConfiguration}.
     */

    /** Rows one sweep tries at most; the next sweep takes the rest. */
    static final int SWEEP_BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+");

    private final OutboxMailRepository rows;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    /** Null: mails are sent on the committing thread ({@code sender-threads: 0}). */
    private final ThreadPoolExecutor senders;
    /** Committed transactions' mails handed to the senders and not yet attempted. */
    private final AtomicInteger handedOver = new AtomicInteger();

    @Autowired
    Outbox(
            OutboxMailRepository rows,
            ObjectProvider<JavaMailSender> mailSender,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager) {
        // mail leaves in real time: the engine clock moves in tests and while demo data is seeded
        this(rows, mailSender.getIfAvailable(), properties, transactionManager, Clock.systemUTC());
    }

    /** {@code mailSender} null: no SMTP server is configured and this outbox does nothing. */
    Outbox(
            OutboxMailRepository rows,
            JavaMailSender mailSender,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.rows = rows;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        if (transactionManager != null) {
            // claims and outcomes commit at once, whatever transaction (or after-commit callback) we are called from
            this.ownTransaction = new TransactionTemplate(transactionManager);
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        } else {
            this.ownTransaction = null;
        }
        this.senders = mailSender != null && properties.senderThreads() > 0 ? senders(properties) : null;
    }

    private ThreadPoolExecutor senders(NotificationProperties properties) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("outbox-sender-");
        // never keeps the JVM alive: what a sender did not send stays pending for the sweep
        threads.setDaemon(true);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                properties.senderThreads(),
                properties.senderThreads(),
                1,
                TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(properties.senderQueue()),
                threads,
                (task, executor) -> {
                    if (!executor.isShutdown()) {
                        task.run(); // the queue is full: the committing thread sends its own mails
                    } else {
                        // stopping: the rows stay pending, and a retry sweep (of any node) sends them
                        handedOver.decrementAndGet();
                    }
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Lets the senders finish the mails they were handed (closing the application context, after the job executor). */
    @Override
    public void destroy() throws InterruptedException {
        if (senders == null) {
            return;
        }
        senders.shutdown();
        Duration patience = properties.smtpTimeout().multipliedBy(3);
        if (!senders.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            int left = senders.shutdownNow().size();
            LOG.warn(
                    "Outbox senders still busy after {}; {} batches of mails left pending for a retry sweep",
                    patience,
                    left);
        }
    }

    /**
     * Whether every mail handed to the senders has been attempted (sent, or failed and left to the sweep); always
     * true when mails are sent on the committing thread. For tests and benchmarks that wait for the mails.
     */
    boolean idle() {
        return handedOver.get() == 0;
    }

    /** Whether the senders were told to stop (closing the application context). */
    boolean isShuttingDown() {
        return senders != null && senders.isShutdown();
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}). */
    boolean isConfigured() {
        return mailSender != null;
    }

    /** Rows in {@code status}, for the operations gauges. */
    long count(Status status) {
        return rows.countByStatus(status);
    }

    boolean contains(String idempotencyKey) {
        return rows.existsByIdempotencyKey(idempotencyKey);
    }

    /**
     * Writes one row per recipient in the current transaction and sends them after it commits; nothing is sent if
     * it rolls back. Returns the number of rows written.
     */
    int queue(String idempotencyKey, List<Recipient> recipients, String subject, String body) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Notifications are queued in a transaction, to be sent after its commit");
        }
        Instant now = clock.instant();
        List<Long> ids = recipients.stream()
                .map(recipient -> rows.save(new OutboxMail(
                                idempotencyKey,
                                recipient.email(),
                                recipient.userId(),
                                subject,
                                body,
                                now,
                                now.plus(properties.claimLease())))
                        .getId())
                .toList();
        if (!ids.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    if (senders == null) {
                        sendQueued(ids);
                    } else {
                        handOver(ids);
                    }
                }
            });
        }
        return ids.size();
    }

    /** Hands a committed transaction's mails to the senders (or, when their queue is full, sends them here). */
    private void handOver(List<Long> ids) {
        handedOver.incrementAndGet();
        senders.execute(() -> {
            try {
                sendQueued(ids);
            } finally {
                handedOver.decrementAndGet();
            }
        });
    }

    /** Sends the rows of a committed transaction; never throws, because the caller's work is already done. */
    private void sendQueued(List<Long> ids) {
        for (Long id : ids) {
            try {
                // read afresh: the committed transaction's persistence context is still bound to this thread
                ownTransaction.execute(tx -> rows.findById(id)).ifPresent(this::attempt);
            } catch (RuntimeException e) {
                LOG.warn(
                        "E-mail {} not sent after commit; the retry sweep will try again: {}",
                        id,
                        withoutAddresses(describe(e)));
            }
        }
    }

    /**
     * Tries every pending row that is due (not fresh, not claimed elsewhere). Returns the number sent. Called by
     * the schedule of {@link NotificationConfiguration}, and by tests.
     */
    int sendDue() {
        if (!isConfigured()) {
            return 0;
        }
        List<OutboxMail> due = rows.findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(
                Status.PENDING, clock.instant(), Limit.of(SWEEP_BATCH));
        int sent = 0;
        for (OutboxMail row : due) {
            try {
                sent += attempt(row) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn(
                        "E-mail {} not retried; the next sweep will try again: {}",
                        row.getId(),
                        withoutAddresses(describe(e)));
            }
        }
        return sent;
    }

    /** One attempt at one row: claim it, send it, record the outcome. Returns whether it was sent by us. */
    private boolean attempt(OutboxMail row) {
        if (row.getStatus() != Status.PENDING) {
            return false;
        }
        long claimed = row.getVersion() + 1;
        Instant now = clock.instant();
        Integer won = ownTransaction.execute(
                tx -> rows.claim(row.getId(), row.getVersion(), now, now.plus(properties.claimLease())));
        if (won == null || won == 0) {
            return false; // sent, being sent or given up by someone else meanwhile
        }
        int attempt = row.getAttempts() + 1;
        try {
            mailSender.send(message(row));
        } catch (MailException | MessagingException e) {
            boolean giveUp = attempt >= properties.maxAttempts();
            String error = abbreviate(describe(e), MAX_ERROR_LENGTH);
            ownTransaction.executeWithoutResult(tx -> rows.markAttemptFailed(
                    row.getId(), claimed, giveUp ? Status.FAILED : Status.PENDING, error, clock.instant()));
            if (giveUp) {
                LOG.error(
                        "E-mail {} ({}) to user {} not sent after {} attempts, giving up: {}",
                        row.getId(),
                        row.getIdempotencyKey(),
                        row.getRecipientUserId(),
                        attempt,
                        withoutAddresses(error));
            } else {
                LOG.warn(
                        "E-mail {} ({}) to user {} not sent (attempt {} of {}), will retry: {}",
                        row.getId(),
                        row.getIdempotencyKey(),
                        row.getRecipientUserId(),
                        attempt,
                        properties.maxAttempts(),
                        withoutAddresses(error));
            }
            return false;
        }
        // if this update is lost (crash), the lease runs out and the mail goes twice: better than not at all
        ownTransaction.executeWithoutResult(tx -> rows.markSent(row.getId(), claimed, clock.instant()));
        return true;
    }

    private MimeMessage message(OutboxMail row) throws MessagingException {
        // written with JavaMail directly: Spring's MimeMessageHelper loads a fresh MIME type map from the classpath
        // for every message not made by JavaMailSenderImpl (a twentieth of a storm's job threads' time), to name
        // attachments a plain text mail does not have
        MimeMessage message = new StableIdMessage(session(), messageId(row));
        String charset = StandardCharsets.UTF_8.name();
        message.setFrom(oneAddress(properties.from(), charset));
        message.setRecipient(Message.RecipientType.TO, oneAddress(row.getRecipient(), charset));
        message.setSubject(row.getSubject(), charset);
        message.setText(row.getBody(), charset);
        return message;
    }

    /** Exactly one address (JavaMail refuses a list or a malformed one), its personal name encoded as the text is. */
    private static InternetAddress oneAddress(String text, String charset) throws MessagingException {
        InternetAddress address = new InternetAddress(text);
        if (address.getPersonal() != null) {
            try {
                address.setPersonal(address.getPersonal(), charset);
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException("unsupported charset " + charset, e);
            }
        }
        return address;
    }

    /**
     * The Message-ID of a row's mail, the same at every attempt: a mail sent again after a crash (sent, but the node
     * died before recording it) is the same message to the recipient's server and mail client, which show it once.
     */
    String messageId(OutboxMail row) {
        String from = properties.from();
        int at = from == null ? -1 : from.lastIndexOf('@');
        String domain =
                at < 0 ? "commitment-tracker.invalid" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<outbox-" + row.getId() + ".commitment-tracker@" + domain + ">";
    }

    private Session session() {
        return mailSender instanceof JavaMailSenderImpl impl
                ? impl.getSession()
                : Session.getInstance(new Properties());
    }

    /** A message whose Message-ID is ours, not the one JavaMail makes up anew at each send. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /**
     * The text with every e-mail address replaced: logs name the row and the user id, never an address, a subject
     * or a body (SMTP servers quote the rejected address in their reason).
     */
    static String withoutAddresses(String text) {
        return EMAIL_ADDRESS.matcher(text).replaceAll("<address>");
    }

    private static String describe(Exception e) {
        // the SMTP reason (connection refused, recipient rejected) is usually a cause or two down
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            text.append("; ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }

    static String abbreviate(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }
}
