package org.wps.commitments.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.OutboxMail.Status;

/**
 * The notification outbox against the whole application and a real SMTP server ({@link Mailbox}): calls are
 * made in a transaction, as the engine's delegates make them, and what arrives is read back from GreenMail.
 * The demo users are seeded: {@code unmissSenior} and {@code minusmaSenior} are the senior advisers.
 */
@TrackerTest
class NotificationsTest {

    private static final String UNMISS_SENIOR = "unmissSenior@example.org";
    private static final String MINUSMA_SENIOR = "minusmaSenior@example.org";
    private static final String BODY = "The signing of UNMISS-JC-2014 is 30 days late.";

    @Autowired
    Notifications notifications;

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

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    private String key;
    private String subject;

    @BeforeEach
    void emptyMailbox() {
        Mailbox.clear();
        identityService.clearAuthentication();
        key = "test:" + UUID.randomUUID() + ":reminder:P30D:2027-03-01";
        subject = "Reminder " + key;
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void eachMemberOfTheGroupInTheMissionGetsOneMailWithALinkToTasklist() throws Exception {
        int queued =
                inTransaction(() -> notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY));

        assertThat(queued).isEqualTo(1);
        assertThat(Mailbox.recipients()).containsExactly(UNMISS_SENIOR);
        MimeMessage mail = Mailbox.receivedBy(UNMISS_SENIOR).get(0);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("commitments-tracker@example.org"));
        assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress(UNMISS_SENIOR));
        assertThat(Mailbox.text(mail))
                .startsWith(BODY)
                .contains("Open Tasklist: http://localhost:8080/camunda/app/tasklist/");

        OutboxMail row = rows.findByIdempotencyKeyOrderByIdAsc(key).get(0);
        assertThat(row.getStatus()).isEqualTo(Status.SENT);
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getSentAt()).isNotNull();
        assertThat(row.getRecipientUserId()).isEqualTo("unmissSenior");
        assertThat(row.getLastError()).isNull();
    }

    @Test
    void accentsAndOtherScriptsArriveAsWritten() throws Exception {
        // MINUSMA and MONUSCO work in French, UNMISS partly in Arabic
        String accented = "Rappel : engagement des FAMa à Ségou, échéance dépassée / تذكير " + key;
        String body = "Le plan de mise en œuvre attend votre revue.\nخطة التنفيذ";

        inTransaction(() -> notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, accented, body));

        MimeMessage mail = Mailbox.receivedBy(UNMISS_SENIOR).get(0);
        assertThat(mail.getSubject()).isEqualTo(accented);
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        // lines travel as CRLF in SMTP
        assertThat(Mailbox.text(mail).replace("\r\n", "\n")).startsWith(body);
    }

    @Test
    void aRowASweepHasClaimedCannotBeClaimedAgainUntilItsLeaseRunsOut() {
        // the race TwoNodeEscalationIT showed as mails sent twice: a mail waits in its node's sender queue longer
        // than the lease, another sweep claims it and talks to the SMTP server, and then the queuing node's sender
        // reads the row afresh (the claimed version) and would claim it too
        Instant queued = Instant.now();
        Duration lease = Duration.ofMinutes(5);
        OutboxMail fresh = rows.save(
                new OutboxMail(key, UNMISS_SENIOR, "unmissSenior", subject, BODY, queued, queued.plus(lease)));
        Instant sweep = queued.plus(lease).plusSeconds(1);

        assertThat(inTransaction(() -> rows.claim(fresh.getId(), fresh.getVersion(), sweep, sweep.plus(lease))))
                .as("a sweep takes a fresh row whose lease has run out")
                .isEqualTo(1);
        OutboxMail claimed = rows.findById(fresh.getId()).orElseThrow();
        assertThat(inTransaction(() -> rows.claim(claimed.getId(), claimed.getVersion(), sweep, sweep.plus(lease))))
                .as("its queuing node, reading the row afresh, cannot take it while the sweep's claim holds")
                .isZero();
        Instant later = sweep.plus(lease).plusSeconds(1);
        assertThat(inTransaction(() -> rows.claim(claimed.getId(), claimed.getVersion(), later, later.plus(lease))))
                .as("once the claim has run out, the row is anybody's again")
                .isEqualTo(1);
        assertThat(rows.findById(fresh.getId()).orElseThrow().getAttempts()).isEqualTo(2);
    }

    @Test
    void aKeyAlreadyQueuedQueuesNothingInTheSameTransactionALaterOneOrOnAnotherNode() {
        int first = inTransaction(() -> notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY)
                + notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY));
        int again = inTransaction(() -> notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY));
        var otherNode = new Notifications(
                new Outbox(rows, mailSender, properties, transactionManager, Clock.systemUTC()), members, properties);
        int fromOtherNode = inTransaction(() -> otherNode.notifyGroup(key, null, Roles.SENIOR_ADVISERS, subject, BODY));
        int outsideATransaction = notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY);

        assertThat(List.of(first, again, fromOtherNode, outsideATransaction)).containsExactly(1, 0, 0, 0);
        assertThat(Mailbox.recipients()).containsExactly(UNMISS_SENIOR);
        assertThat(rows.findByIdempotencyKeyOrderByIdAsc(key)).hasSize(1);
    }

    @Test
    void aRolledBackTransactionSendsNothingAndLeavesNoRow() {
        var transaction = new TransactionTemplate(transactionManager);
        int queued = transaction.execute(status -> {
            int n = notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY);
            status.setRollbackOnly();
            return n;
        });

        assertThat(queued).isEqualTo(1);
        assertThat(Mailbox.received()).isEmpty();
        assertThat(rows.findByIdempotencyKeyOrderByIdAsc(key)).isEmpty();
        assertThat(outbox.sendDue()).isZero();
        assertThat(Mailbox.received()).isEmpty();
    }

    @Test
    void withoutATenantEveryMemberOfTheGroupIsTold() {
        int queued = inTransaction(() -> notifications.notifyGroup(key, null, Roles.SENIOR_ADVISERS, subject, BODY));

        assertThat(queued).isEqualTo(2);
        assertThat(Mailbox.recipients()).containsExactlyInAnyOrder(UNMISS_SENIOR, MINUSMA_SENIOR);
    }

    @Test
    void whenTheSmtpServerIsDownTheMailStaysPendingAndTheSweepSendsItOnce() throws Exception {
        var downOutbox = new Outbox(rows, senderOnDeadPort(), properties, transactionManager, Clock.systemUTC());
        var down = new Notifications(downOutbox, members, properties);

        int queued = inTransaction(() -> down.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY));

        assertThat(queued).as("the caller's transaction is not troubled").isEqualTo(1);
        assertThat(Mailbox.received()).isEmpty();
        OutboxMail pending = rows.findByIdempotencyKeyOrderByIdAsc(key).get(0);
        assertThat(pending.getStatus()).isEqualTo(Status.PENDING);
        assertThat(pending.getAttempts()).isEqualTo(1);
        assertThat(pending.getLastError()).isNotBlank();

        assertThat(outbox.sendDue())
                .as("the sweep of a node that reaches the server")
                .isEqualTo(1);
        assertThat(outbox.sendDue()).as("a second sweep").isZero();
        assertThat(Mailbox.recipients()).containsExactly(UNMISS_SENIOR);
        assertThat(Mailbox.receivedBy(UNMISS_SENIOR).get(0).getSubject()).isEqualTo(subject);
        OutboxMail sent = rows.findByIdempotencyKeyOrderByIdAsc(key).get(0);
        assertThat(sent.getStatus()).isEqualTo(Status.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    void aMailSentAgainAfterACrashIsTheSameMessage_itsMessageIdNamesTheOutboxRow() throws Exception {
        inTransaction(() -> notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY));
        OutboxMail row = rows.findByIdempotencyKeyOrderByIdAsc(key).get(0);
        assertThat(row.getStatus()).isEqualTo(Status.SENT);
        // the node died after the SMTP server took the mail and before it recorded so: the lease has run out
        jdbc.update(
                "update notification_outbox set status = 'PENDING', sent_at = null, next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                row.getId());

        assertThat(outbox.sendDue()).as("another node's sweep sends it again").isEqualTo(1);

        List<MimeMessage> copies = Mailbox.receivedBy(UNMISS_SENIOR);
        assertThat(copies).hasSize(2);
        String expected = "<outbox-" + row.getId() + ".commitment-tracker@example.org>";
        assertThat(copies.get(0).getMessageID()).isEqualTo(expected);
        assertThat(copies.get(1).getMessageID())
                .as("the same Message-ID, so the recipient's server and mail client show it once")
                .isEqualTo(expected);
    }

    @Test
    void afterTheLastAttemptTheMailIsMarkedFailedAndNotRetried() throws Exception {
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
        var down = new Notifications(
                new Outbox(rows, senderOnDeadPort(), oneAttempt, transactionManager, Clock.systemUTC()),
                members,
                oneAttempt);

        inTransaction(() -> down.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY));
        outbox.sendDue();

        OutboxMail failed = rows.findByIdempotencyKeyOrderByIdAsc(key).get(0);
        assertThat(failed.getStatus()).isEqualTo(Status.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(Mailbox.received()).isEmpty();
    }

    @Test
    void recipientsAreFoundWhateverTheSignedInUserMaySee() {
        identityService.setAuthentication("unmissAdviser", List.of(Roles.ADVISERS), List.of("unmiss"));
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup(Roles.SENIOR_ADVISERS)
                        .listPage(0, 50))
                .as("premise: an adviser may not read other users")
                .isEmpty();

        // as our API or a test would call it: outside any engine command
        int outsideTheEngine =
                inTransaction(() -> notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY));
        // as a delegate or listener does while Tasklist completes her task: inside the engine's command
        int insideACommand = engineConfiguration
                .getCommandExecutorTxRequired()
                .execute(commandContext ->
                        notifications.notifyGroup(key + ":2", "unmiss", Roles.SENIOR_ADVISERS, subject, BODY));

        assertThat(List.of(outsideTheEngine, insideACommand)).containsExactly(1, 1);
        assertThat(Mailbox.recipients()).containsExactly(UNMISS_SENIOR, UNMISS_SENIOR);
        assertThat(identityService.getCurrentAuthentication().getUserId())
                .as("the caller stays signed in")
                .isEqualTo("unmissAdviser");
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup(Roles.SENIOR_ADVISERS)
                        .listPage(0, 50))
                .as("and keeps her own rights")
                .isEmpty();
    }

    @Test
    void aBlankOrOverlongKeyIsRefused() {
        assertThatThrownBy(() -> notifications.notifyGroup(" ", "unmiss", Roles.SENIOR_ADVISERS, subject, BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        notifications.notifyGroup("k".repeat(201), "unmiss", Roles.SENIOR_ADVISERS, subject, BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Mailbox.received()).isEmpty();
    }

    @Test
    void aLongBodyIsShortenedButKeepsItsLinkToTasklist() {
        inTransaction(() -> notifications.notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, "x".repeat(5000)));

        String link = "Open Tasklist: " + properties.tasklistUrl();
        assertThat(rows.findByIdempotencyKeyOrderByIdAsc(key).get(0).getBody())
                .hasSize(4000)
                .endsWith("…\n\n" + link);
        assertThat(Mailbox.text(Mailbox.receivedBy(UNMISS_SENIOR).get(0)).strip())
                .startsWith("xxx")
                .endsWith(link);
    }

    @Test
    void theSmtpConnectionHasTimeouts() {
        // mails leave on the thread that commits the engine's transaction; JavaMail would wait for ever
        assertThat(((JavaMailSenderImpl) mailSender).getJavaMailProperties())
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "10000")
                .containsEntry("mail.smtp.writetimeout", "10000");
    }

    /** A unit test: no bean of the context, no SMTP server configured (no JavaMailSender bean). */
    @Test
    void withoutAnSmtpServerNothingIsQueuedNothingSentAndNothingFails() {
        OutboxMailRepository noRows = mock(OutboxMailRepository.class);
        GroupMembers noMembers = mock(GroupMembers.class);
        PlatformTransactionManager noTransactions = mock(PlatformTransactionManager.class);
        var noMailSender = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var defaults = new NotificationProperties(
                "commitments-tracker@example.org",
                "http://localhost:8080/camunda/app/tasklist/",
                true,
                Duration.ofMinutes(5),
                5,
                Duration.ofMinutes(5),
                Duration.ofSeconds(10),
                2,
                1000);
        var unconfigured = new Outbox(noRows, noMailSender, defaults, noTransactions);

        int queued = new Notifications(unconfigured, noMembers, defaults)
                .notifyGroup(key, "unmiss", Roles.SENIOR_ADVISERS, subject, BODY);

        assertThat(queued).isZero();
        assertThat(unconfigured.sendDue()).isZero();
        verifyNoInteractions(noRows, noMembers, noTransactions);
    }

    private int inTransaction(IntSupplier work) {
        Integer result = new TransactionTemplate(transactionManager).execute(status -> work.getAsInt());
        return result == null ? -1 : result;
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
