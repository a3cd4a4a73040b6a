package org.wps.commitments.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.LifecycleDriver;
import org.wps.commitments.concern.ComplianceConcernService;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.plan.ActivityFollowUpProcess;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanFixture;
import org.wps.commitments.process.Jobs;

/**
 * Mail leaves the UN network and lands on phones (docs/security.md, "E-mail"): a mail about an item that is not
 * public names no party, title, reference, concern kind or MARA reference, only its mission and the link to
 * Tasklist; a strictly confidential item's mail reaches only groups cleared for it; a concern's mail never names
 * its kind or MARA reference. Driven through the processes' real delegates, read back from GreenMail.
 */
@TrackerTest
class ConfidentialMailTest {

    private static final String LINK = "Open Tasklist: http://localhost:8080/camunda/app/tasklist/";
    private static final String ADVISER = "unmissAdviser@example.org";
    private static final String SENIOR = "unmissSenior@example.org";
    private static final String LEADER = "unmissLeader@example.org";
    private static final String DESK = "osrsgDesk@example.org";
    private static final LocalDate SIGNED = LocalDate.parse("2026-06-01");
    private static final LocalDate DEADLINE = LocalDate.parse("2027-03-31");
    private static final String PARTY = "SSPDF";

    @Autowired
    PlanFixture plans;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    ComplianceConcernService concerns;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    PartyRepository parties;

    @Autowired
    Jobs jobs;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(
                LocalDate.parse("2027-01-04").atStartOfDay(ZoneOffset.UTC).toInstant()));
        Mailbox.clear();
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @EnumSource(
            value = Sensitivity.class,
            names = {"CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"})
    void anActivityOfANonPublicCommitment_itsRemindersAndOverdueMailNameNothingButTheMission(Sensitivity label)
            throws Exception {
        Followed f = follow(label);

        jobs.fire(f.commitment().getReference(), ActivityFollowUpProcess.Elements.EARLY_REMINDER_DUE);
        jobs.fire(f.commitment().getReference(), ActivityFollowUpProcess.Elements.LATE_REMINDER_DUE);
        jobs.fire(f.commitment().getReference(), ActivityFollowUpProcess.Elements.DEADLINE_PASSED);

        // two reminders and the overdue notice to the advisers (and the ladder's first mails); a strict item's go to
        // the senior advisers instead, never to an adviser
        if (label == Sensitivity.STRICTLY_CONFIDENTIAL) {
            assertThat(Mailbox.recipients())
                    .doesNotContain(ADVISER)
                    .filteredOn(SENIOR::equals)
                    .hasSizeGreaterThanOrEqualTo(3);
        } else {
            assertThat(Mailbox.recipients()).filteredOn(ADVISER::equals).hasSize(3);
        }
        for (MimeMessage mail : Mailbox.received()) {
            assertContentFree(mail, f.commitment(), f.activity().getTitle());
        }
    }

    @Test
    void anActivityOfAPublicCommitment_keepsItsInformativeMail() throws Exception {
        Followed f = follow(Sensitivity.PUBLIC);

        jobs.fire(f.commitment().getReference(), ActivityFollowUpProcess.Elements.EARLY_REMINDER_DUE);

        assertThat(Mailbox.recipients()).containsExactly(ADVISER);
        MimeMessage mail = Mailbox.received().get(0);
        assertThat(mail.getSubject())
                .startsWith("Deadline in 30 days: ")
                .contains(f.commitment().getReference(), f.activity().getTitle());
        assertThat(Mailbox.text(mail)).contains(f.activity().getTitle()).contains(LINK);
    }

    @ParameterizedTest
    @EnumSource(Sensitivity.class)
    void aConcern_itsMailNeverNamesItsKindOrMaraReference_andANonPublicOneNamesNothingElse(Sensitivity label)
            throws Exception {
        // a public concern on a public commitment, a confidential one on a confidential one, a strictly
        // confidential concern on a confidential commitment (the concern's own label makes it strict)
        Sensitivity commitmentLabel = label == Sensitivity.STRICTLY_CONFIDENTIAL ? Sensitivity.CONFIDENTIAL : label;
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T08:00:00Z")));
        String reference = lifecycle.open(
                PARTY,
                LocalDate.parse("2027-03-01"),
                "Concern mail " + UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                commitmentLabel);
        lifecycle.sign(reference, LocalDate.parse("2027-02-01"));
        Mailbox.clear();
        String mara = "MARA-UNMISS-2027-" + (1000 + (int) (Math.random() * 8999));
        Actor reporter = new Actor("unmissAdviser", Set.of(Roles.ADVISERS), Set.of("unmiss"));

        concerns.report(
                reference,
                Map.of("kind", "VERIFIED_ALLEGATION", "reference", mara, "sensitivity", label.name()),
                reporter);

        // SSPDF is listed in the annex: leadership and the desk are told, both cleared for strict items
        assertThat(Mailbox.recipients()).containsExactlyInAnyOrder(LEADER, DESK);
        Commitment commitment = commitments.findByReference(reference).orElseThrow();
        for (MimeMessage mail : Mailbox.received()) {
            String all = mail.getSubject() + "\n" + Mailbox.text(mail);
            assertThat(all)
                    .as("kind and MARA reference, whatever the label")
                    .doesNotContain(mara, "MARA-", "allegation", "VERIFIED_ALLEGATION", "UN-verified")
                    .contains(LINK);
            if (label == Sensitivity.PUBLIC) {
                assertThat(mail.getSubject()).startsWith("Compliance concern on " + reference);
            } else {
                assertContentFree(mail, commitment, null);
            }
        }
    }

    @Test
    void aStrictItemsMailReachesNoUnclearedGroup_andTheAdvisersStandInIsToldOnce() throws Exception {
        String key = "test:" + UUID.randomUUID();

        int toManagers = inTransaction(() -> notifications.notifyAboutItem(
                key + ":" + Roles.MANAGERS,
                "unmiss",
                Roles.MANAGERS,
                Sensitivity.STRICTLY_CONFIDENTIAL,
                "Overdue: secret",
                "secret"));
        int toDesigners = inTransaction(() -> notifications.notifyAboutItem(
                key + ":" + Roles.DESIGNERS,
                null,
                Roles.DESIGNERS,
                Sensitivity.STRICTLY_CONFIDENTIAL,
                "Overdue: secret",
                "secret"));
        // as the annual report input's reminder tells advisers and senior advisers: each senior adviser gets one mail
        int toAdvisersAndSeniors = inTransaction(() -> notifications.notifyAboutItem(
                        key + ":" + Roles.ADVISERS,
                        "unmiss",
                        Roles.ADVISERS,
                        Sensitivity.STRICTLY_CONFIDENTIAL,
                        "Overdue: secret",
                        "secret")
                + notifications.notifyAboutItem(
                        key + ":" + Roles.SENIOR_ADVISERS,
                        "unmiss",
                        Roles.SENIOR_ADVISERS,
                        Sensitivity.STRICTLY_CONFIDENTIAL,
                        "Overdue: secret",
                        "secret"));

        assertThat(List.of(toManagers, toDesigners, toAdvisersAndSeniors)).containsExactly(0, 0, 1);
        assertThat(Mailbox.recipients()).containsExactly(SENIOR);
        MimeMessage mail = Mailbox.received().get(0);
        assertThat(mail.getSubject() + Mailbox.text(mail)).doesNotContain("secret");
    }

    @Test
    void aConfidentialItemsMailSpeaksEnglishAndFrench_andNamesTheMission() throws Exception {
        String key = "test:" + UUID.randomUUID();

        inTransaction(() -> notifications.notifyAboutItem(
                key, "unmiss", Roles.SENIOR_ADVISERS, Sensitivity.CONFIDENTIAL, "Overdue: title", "body"));

        MimeMessage mail = Mailbox.received().get(0);
        assertThat(mail.getSubject())
                .isEqualTo(
                        "A confidential item needs your attention / Un élément confidentiel requiert votre attention");
        assertThat(Mailbox.text(mail).replace("\r\n", "\n"))
                .startsWith("A confidential item in your mission UNMISS needs your attention.")
                .contains("Un élément confidentiel de votre mission UNMISS requiert votre attention.")
                .contains(LINK)
                .doesNotContain("title", "body");
    }

    /** Neither the commitment's title, reference or party, nor the activity's title; the mission and the link. */
    private void assertContentFree(MimeMessage mail, Commitment commitment, String activityTitle) throws Exception {
        String partyName =
                parties.findById(commitment.getPartyCode()).orElseThrow().getName();
        String subject = mail.getSubject();
        String body = Mailbox.text(mail);
        for (String text : List.of(subject, body)) {
            assertThat(text)
                    .doesNotContain(
                            commitment.getTitle(), commitment.getReference(), commitment.getPartyCode(), partyName)
                    .doesNotContain("MARA", "allegation");
            if (activityTitle != null) {
                assertThat(text).doesNotContain(activityTitle);
            }
        }
        assertThat(subject).isEqualTo(Notifications.confidentialSubject());
        assertThat(body).contains("UNMISS", LINK);
    }

    private Followed follow(Sensitivity label) {
        Commitment commitment = plans.signedCommitment(PARTY, SIGNED, label);
        ImplementationPlan plan = plans.validatedPlan(commitment, List.of(DEADLINE));
        PlanActivity activity = plans.activitiesOf(plan).get(0);
        plans.followUp(activity, commitment);
        return new Followed(commitment, activity);
    }

    private record Followed(Commitment commitment, PlanActivity activity) {}

    private int inTransaction(IntSupplier work) {
        return new TransactionTemplate(transactionManager).execute(tx -> work.getAsInt());
    }
}
