package org.wps.commitments.notification;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.notification.GroupMembers.Recipient;

/**
 * E-mail to the people of a Camunda candidate group about reminders and escalations, for the processes'
 * delegates. Mails go through a transactional outbox ({@code notification_outbox}): they leave only if the
 * engine's transaction commits, once per idempotency key, and are retried while the SMTP server is away.
 */
@Service
public class Notifications {

    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_SUBJECT_LENGTH = 300;
    static final int MAX_BODY_LENGTH = 4000;

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final Outbox outbox;
    private final GroupMembers members;
    private final NotificationProperties properties;

    Notifications(Outbox outbox, GroupMembers members, NotificationProperties properties) {
        this.outbox = outbox;
        this.members = members;
        this.properties = properties;
    }

    /**
     * Queues one e-mail to every member of Camunda group {@code groupId} who is also a member of Camunda tenant
     * {@code tenantId} (when tenantId is null: every member of the group) and has an e-mail address. Queued rows
     * are written in the caller's (engine's) transaction and sent after it commits, so a rolled-back or retried
     * job sends nothing twice. Idempotent on {@code key} (one key per timer firing, e.g.
     * {@code "activity:42:early-reminder:2027-03-01"}): a later call with a key already queued queues nothing,
     * also when it comes from another node. When no SMTP server is configured (no {@code spring.mail.host}, so
     * no JavaMailSender bean) nothing is queued, nothing is sent and nothing fails. Returns the number of e-mails
     * queued.
     *
     * <p>Who is told does not depend on the authorizations of the user signed in (if any). The body gets a link
     * to Tasklist ({@code commitments.notifications.tasklist-url}); a subject or body too long for the outbox is
     * shortened.
     *
     * @throws IllegalArgumentException if {@code key} or {@code groupId} is blank or the key is longer than 200
     */
    @Transactional
    public int notifyGroup(String key, String tenantId, String groupId, String subject, String body) {
        if (!outbox.isConfigured()) {
            LOG.debug("No SMTP server configured (spring.mail.host); notification {} not sent", key);
            return 0;
        }
        requireText(key, "key");
        requireText(groupId, "groupId");
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "Notification key must have at most " + MAX_KEY_LENGTH + " characters: " + key);
        }
        if (outbox.contains(key)) {
            return 0;
        }
        List<Recipient> recipients = members.withEmail(groupId, tenantId);
        if (recipients.isEmpty()) {
            LOG.info("Notification {}: nobody with an e-mail address in group {} (tenant {})", key, groupId, tenantId);
            return 0;
        }
        return outbox.queue(
                key,
                recipients,
                Outbox.abbreviate(Objects.requireNonNullElse(subject, "").strip(), MAX_SUBJECT_LENGTH),
                withTasklistLink(Objects.requireNonNullElse(body, "")));
    }

    /** Mails queued and not sent yet (waiting for their first attempt or a retry), on every node. */
    public long pendingMails() {
        return outbox.count(OutboxMail.Status.PENDING);
    }

    /** Mails given up after {@code max-attempts}: nobody was told, someone should look. */
    public long failedMails() {
        return outbox.count(OutboxMail.Status.FAILED);
    }

    private String withTasklistLink(String body) {
        String link = "\n\nOpen Tasklist: " + properties.tasklistUrl();
        return Outbox.abbreviate(body.stripTrailing(), MAX_BODY_LENGTH - link.length()) + link;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Notification " + name + " must not be blank");
        }
    }
}
