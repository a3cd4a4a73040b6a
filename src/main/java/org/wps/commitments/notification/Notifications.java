package org.wps.commitments.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.confidentiality.Clearance;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.notification.GroupMembers.Recipient;

/**
 * E-mail to the people of a Camunda candidate group about reminders and escalations, for the processes'
 * delegates. Mails go through a transactional outbox ({@code notification_outbox}): they leave only if the
 * engine's transaction commits, once per idempotency key, and are retried while the SMTP server is away.
 *
 * <p>Mail leaves the UN network and lands on phones, so callers outside this package go through
 * {@link #notifyAboutItem}, which is told the item's sensitivity and decides what the mail may say and whom it may
 * reach (docs/security.md, "E-mail"): only a public item's mail carries the caller's subject and body.
 */
@Service
public class Notifications {

    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_SUBJECT_LENGTH = 300;
    static final int MAX_BODY_LENGTH = 4000;

    /** The languages of a mail whose text is ours (a confidential item's): the missions work in English or French. */
    static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.FRENCH);

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    private static final ResourceBundleMessageSource MESSAGES = messages();

    private final Outbox outbox;
    private final GroupMembers members;
    private final NotificationProperties properties;

    Notifications(Outbox outbox, GroupMembers members, NotificationProperties properties) {
        this.outbox = outbox;
        this.members = members;
        this.properties = properties;
    }

    /**
     * Queues the mail about one item (a commitment, plan, activity, review, concern, escalation, annual report input)
     * to the members of {@code groupId} in mission {@code tenantId}, as {@link #notifyGroup} does, saying only what
     * the item's {@code sensitivity} allows:
     *
     * <ul>
     *   <li>{@link Sensitivity#PUBLIC}: {@code subject} and {@code body}, and the link to Tasklist;
     *   <li>{@link Sensitivity#CONFIDENTIAL}: a generic subject and sentence naming only the mission, in English and
     *       French, and the link; the caller's subject and body are not used (no party, title, reference, content);
     *   <li>{@link Sensitivity#STRICTLY_CONFIDENTIAL}: the same generic mail, and only to a group cleared for it
     *       ({@link Clearance#strictStandIn}): the advisers' mail goes to the senior advisers (key suffixed with the
     *       group, so a caller telling both sends each senior adviser one mail), any other uncleared group gets none.
     * </ul>
     *
     * @throws NullPointerException if {@code sensitivity} is null: a caller that does not know it must not guess
     */
    @Transactional
    public int notifyAboutItem(
            String key, String tenantId, String groupId, Sensitivity sensitivity, String subject, String body) {
        Objects.requireNonNull(sensitivity, "the sensitivity of the item a mail is about");
        if (sensitivity == Sensitivity.PUBLIC) {
            return notifyGroup(key, tenantId, groupId, subject, body);
        }
        String group = groupId;
        String groupKey = key;
        if (sensitivity == Sensitivity.STRICTLY_CONFIDENTIAL) {
            Optional<String> cleared = Clearance.strictStandIn(groupId);
            if (cleared.isEmpty()) {
                LOG.info("Notification {}: group {} is not cleared for a strictly confidential item", key, groupId);
                return 0;
            }
            if (!cleared.get().equals(groupId)) {
                group = cleared.get();
                String suffix = ":" + groupId;
                groupKey =
                        (key != null && key.endsWith(suffix) ? key.substring(0, key.length() - suffix.length()) : key)
                                + ":" + group;
            }
        }
        return notifyGroup(groupKey, tenantId, group, confidentialSubject(), confidentialBody(tenantId));
    }

    /** The subject of a non-public item's mail, in every language of {@link #LANGUAGES}. */
    public static String confidentialSubject() {
        return String.join(
                " / ",
                LANGUAGES.stream()
                        .map(l -> MESSAGES.getMessage("mail.confidential.subject", null, l))
                        .distinct()
                        .toList());
    }

    /** The body of a non-public item's mail (before the link), in every language, naming only the mission. */
    static String confidentialBody(String tenantId) {
        Object[] mission = tenantId == null ? null : new Object[] {tenantId.toUpperCase(Locale.ROOT)};
        String code = tenantId == null ? "mail.confidential.body.anyMission" : "mail.confidential.body";
        return String.join(
                "\n\n",
                LANGUAGES.stream()
                        .map(l -> MESSAGES.getMessage(code, mission, l))
                        .toList());
    }

    private static ResourceBundleMessageSource messages() {
        // our own source, not Spring's: a mail's languages must not depend on the server's default locale
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
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
     * <p>Package-private: the callers outside this package go through {@link #notifyAboutItem}, which decides what
     * the mail may say. Who is told does not depend on the authorizations of the user signed in (if any). The body gets a link
     * to Tasklist ({@code commitments.notifications.tasklist-url}); a subject or body too long for the outbox is
     * shortened.
     *
     * @throws IllegalArgumentException if {@code key} or {@code groupId} is blank or the key is longer than 200
     */
    @Transactional
    int notifyGroup(String key, String tenantId, String groupId, String subject, String body) {
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
