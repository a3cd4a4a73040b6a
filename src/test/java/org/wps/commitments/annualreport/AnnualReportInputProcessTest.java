package org.wps.commitments.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Elements.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanFixture;
import org.wps.commitments.process.ProcessTestBase;

/**
 * {@code annual-report-input.bpmn}: one method per path, timers fired by element id. Each method works on its
 * own mission and year, so inputs never collide in the shared context; the figures are checked on MINUSCA, a
 * mission no other test uses.
 */
@TrackerTest
class AnnualReportInputProcessTest extends ProcessTestBase {

    @Override
    protected String processKey() {
        return AnnualReportInputProcess.KEY;
    }

    @Autowired
    AnnualReportFixture fixture;

    @Autowired
    PlanFixture plans;

    @Autowired
    AnnualReportService service;

    @Autowired
    TaskService taskService;

    @Test
    void approvedFirstTime_figuresAreFrozenAsOfTheApproval() {
        int year = 2027;
        today(LocalDate.of(year, 12, 1));
        Commitment engaged = fixture.commitment("MINUSCA", "GOV-CAF", LocalDate.of(year, 12, 1));
        Commitment signed = fixture.commitment("MINUSCA", "GOV-CAF", LocalDate.of(year, 12, 1));
        signed = plansOf(signed);
        Commitment abandoned = fixture.close(
                fixture.commitment("MINUSCA", "APPR-GROUPS", LocalDate.of(year, 12, 1)), CommitmentStage.ABANDONED);
        fixture.escalation(signed, 1, on(LocalDate.of(year, 3, 1)));
        fixture.escalation(signed, 2, on(LocalDate.of(year, 5, 1)));
        fixture.escalation(signed, 3, on(LocalDate.of(year - 1, 11, 1))); // the year before: not counted
        fixture.endorsedReview(
                signed, LocalDate.of(year, 6, 30), on(LocalDate.of(year, 7, 10)), "AT_RISK", false, "PARTIAL", "FULL");
        fixture.endorsedReview(
                signed,
                LocalDate.of(year, 9, 30),
                on(LocalDate.of(year, 10, 10)),
                "OFF_TRACK",
                true,
                "NOT_STARTED",
                "PARTIAL",
                "SUBSTANTIAL");
        fixture.concern(signed, "DENIAL_OF_ACCESS", on(LocalDate.of(year, 8, 1)));
        fixture.concern(abandoned, "AMNESTY", on(LocalDate.of(year - 1, 8, 1))); // the year before

        ProcessInstance pi = fixture.open("MINUSCA", year);
        assertThat(pi.getTenantId()).isEqualTo("minusca");
        Task prepare = fixture.task("MINUSCA", year, PREPARE_INPUT);
        assertThat(jobs.candidateGroup(prepare)).isEqualTo(Roles.ADVISERS);
        assertThat(prepare.getTenantId()).isEqualTo("minusca");
        assertThat(prepare.getName()).isEqualTo("Prepare annual report input: MINUSCA-ANNUAL-2027");
        assertThat(prepare.getDueDate()).isEqualTo(at(LocalDate.of(year + 1, 1, 15)));
        assertThat(jobs.timer("MINUSCA-ANNUAL-2027", PREPARATION_OVERDUE).getDuedate())
                .isEqualTo(prepare.getDueDate());
        assertThat(prepare.getDescription())
                .contains("Figures of MINUSCA for January to December 2027")
                .contains(
                        "APPR-GROUPS (Signatory armed groups of the APPR): commitments 0 open, 1 closed [ABANDONED: 1]")
                .contains("GOV-CAF (Government of the Central African Republic): commitments 2 open, 0 closed")
                .contains("escalations 2 (up to level 2)")
                .contains("reviews endorsed 2, latest OFF_TRACK")
                .contains("1 denials of access, 0 amnesties");
        AnnualReportInput opened = service.get("MINUSCA", year);
        assertThat(opened.getStatus()).isEqualTo(InputStatus.PREPARING);
        assertThat(opened.getProcessInstanceId()).isEqualTo(pi.getId());

        fixture.complete(
                prepare,
                "minuscaAdviser",
                Roles.ADVISERS,
                Map.of("highlights", "The plan's first orders were issued.", "sensitivity", "STRICTLY_CONFIDENTIAL"));
        Task approve = fixture.task("MINUSCA", year, APPROVE_INPUT);
        assertThat(jobs.candidateGroup(approve)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(approve.getDueDate()).isEqualTo(Date.from(now().plus(Duration.ofDays(14))));
        // a strictly confidential input's task says so and nothing else: the engine's history keeps descriptions
        assertThat(approve.getDescription()).startsWith("Strictly confidential").doesNotContain("first orders");
        assertThat(service.get("MINUSCA", year).getStatus()).isEqualTo(InputStatus.SUBMITTED);
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("highlights", "sensitivity");

        // what happens between preparation and approval is in the approved input
        fixture.concern(signed, "VERIFIED_ALLEGATION", on(LocalDate.of(year, 12, 2)));
        today(LocalDate.of(year, 12, 10));
        fixture.complete(approve, "minuscaSenior", Roles.SENIOR_ADVISERS, Map.of("approvalDecision", "APPROVE"));

        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(OPEN_INPUT, PREPARE_INPUT, APPROVE_INPUT, FREEZE_FIGURES, INPUT_APPROVED)
                .hasNotPassed(PREPARATION_OVERDUE, APPROVAL_OVERDUE);
        AnnualReportInput approved = service.get("MINUSCA", year);
        assertThat(approved.getStatus()).isEqualTo(InputStatus.APPROVED);
        assertThat(approved.getSensitivity()).isEqualTo(Sensitivity.STRICTLY_CONFIDENTIAL);
        assertThat(approved.getPreparedBy()).isEqualTo("minuscaAdviser");
        assertThat(approved.getApprovedBy()).isEqualTo("minuscaSenior");
        assertThat(approved.getFiguresAsOf()).isEqualTo(now());

        // after approval nothing changes the frozen figures
        fixture.concern(signed, "AMNESTY", on(LocalDate.of(year, 12, 11)));
        AnnualReportFigures.Counts gov = figures(approved, "GOV-CAF");
        assertThat(gov.commitmentsOpen()).isEqualTo(2);
        assertThat(gov.commitmentsByStage()).isEqualTo("ENGAGEMENT: 1; IMPLEMENTATION: 1");
        assertThat(gov.plansByStatus()).isEqualTo("VALIDATED: 1");
        assertThat(gov.plansValidated()).isEqualTo(1);
        assertThat(gov.activitiesTotal()).isEqualTo(2);
        assertThat(gov.activitiesOverdue()).isEqualTo(1);
        assertThat(gov.activitiesCompleted()).isZero();
        assertThat(gov.activitiesUnfunded()).isEqualTo(2);
        assertThat(gov.escalationsRaised()).isEqualTo(2);
        assertThat(gov.highestEscalationLevel()).isEqualTo(2);
        assertThat(gov.reviewsEndorsed()).isEqualTo(2);
        assertThat(gov.reviewsFlagged()).isEqualTo(1);
        assertThat(gov.latestCompliance()).isEqualTo("OFF_TRACK");
        assertThat(List.of(gov.ratingsNotStarted(), gov.ratingsPartial(), gov.ratingsSubstantial(), gov.ratingsFull()))
                .containsExactly(1, 2, 1, 1);
        assertThat(List.of(gov.concernsVerifiedAllegation(), gov.concernsDenialOfAccess(), gov.concernsAmnesty()))
                .containsExactly(1, 1, 0);
        AnnualReportFigures.Counts groups = figures(approved, "APPR-GROUPS");
        assertThat(groups.commitmentsClosed()).isEqualTo(1);
        assertThat(groups.concernsAmnesty()).isZero();
        assertThat(engaged.getMissionCode()).isEqualTo("MINUSCA");
    }

    @Test
    void returnedThenApproved_prepareFormShowsTheCommentAndKeepsWhatWasEntered() {
        int year = 2043;
        today(LocalDate.of(year, 12, 1));
        ProcessInstance pi = fixture.open("UNMISS", year);
        fixture.complete(
                fixture.task("UNMISS", year, PREPARE_INPUT),
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of("highlights", "Orders issued to two divisions.", "sensitivity", "CONFIDENTIAL"));
        fixture.complete(
                fixture.task("UNMISS", year, APPROVE_INPUT),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                Map.of("approvalDecision", "RETURN", "approvalComment", "Add the police's progress."));

        Task again = fixture.task("UNMISS", year, PREPARE_INPUT);
        Map<String, Object> form = taskService.getVariables(again.getId());
        assertThat(form)
                .containsEntry("returnComment", "Add the police's progress.")
                .containsEntry("highlights", "Orders issued to two divisions.")
                .containsEntry("sensitivity", "CONFIDENTIAL")
                .doesNotContainKeys("approvalDecision", "approvalComment");
        AnnualReportInput returned = service.get("UNMISS", year);
        assertThat(returned.getStatus()).isEqualTo(InputStatus.PREPARING);
        assertThat(returned.getReturnComment()).isEqualTo("Add the police's progress.");

        fixture.complete(
                again,
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of(
                        "highlights",
                        "Orders issued to two divisions; police focal points named.",
                        "sensitivity",
                        "PUBLIC"));
        fixture.complete(
                fixture.task("UNMISS", year, APPROVE_INPUT),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                Map.of("approvalDecision", "APPROVE"));
        assertThat(pi).isEnded().hasPassed(INPUT_APPROVED_GATEWAY, FREEZE_FIGURES, INPUT_APPROVED);
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pi.getId())
                        .activityId(PREPARE_INPUT)
                        .count())
                .isEqualTo(2);
        AnnualReportInput approved = service.get("UNMISS", year);
        assertThat(approved.getStatus()).isEqualTo(InputStatus.APPROVED);
        assertThat(approved.getSensitivity()).isEqualTo(Sensitivity.PUBLIC);
        assertThat(approved.getHighlights()).isEqualTo("Orders issued to two divisions; police focal points named.");
    }

    @Test
    void preparationOverdue_remindsTheAdvisersAndTellsTheSeniorAdvisers() throws Exception {
        int year = 2040;
        today(LocalDate.of(year, 12, 1));
        fixture.open("UNMISS", year);
        jobs.fire("UNMISS-ANNUAL-2040", PREPARATION_OVERDUE);

        assertThat(Mailbox.recipients())
                .containsExactlyInAnyOrder("unmissAdviser@example.org", "unmissSenior@example.org");
        assertThat(Mailbox.received().get(0).getSubject())
                .isEqualTo(Notifications.confidentialSubject()); // a new input is confidential
        Task prepare = fixture.task("UNMISS", year, PREPARE_INPUT);
        assertThat(prepare.getPriority()).isEqualTo(RemindAnnualReportInputDelegate.URGENT_PRIORITY);
        assertThat(jobs.instancesOf("UNMISS-ANNUAL-2040").get(0))
                .hasPassed(REMIND_PREPARATION_OVERDUE, PREPARATION_REMINDER_SENT)
                .isWaitingAt(PREPARE_INPUT);
    }

    @Test
    void approvalOverdue_remindsTheSeniorAdvisers() throws Exception {
        int year = 2041;
        today(LocalDate.of(year, 12, 1));
        fixture.open("UNMISS", year);
        fixture.complete(
                fixture.task("UNMISS", year, PREPARE_INPUT),
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of("sensitivity", "CONFIDENTIAL"));
        jobs.fire("UNMISS-ANNUAL-2041", APPROVAL_OVERDUE);

        assertThat(Mailbox.recipients()).containsExactly("unmissSenior@example.org");
        assertThat(Mailbox.received().get(0).getSubject())
                .as("the input was submitted as confidential: its mail names nothing")
                .isEqualTo(Notifications.confidentialSubject());
        assertThat(fixture.task("UNMISS", year, APPROVE_INPUT).getPriority())
                .isEqualTo(RemindAnnualReportInputDelegate.URGENT_PRIORITY);
        assertThat(jobs.instancesOf("UNMISS-ANNUAL-2041").get(0))
                .hasPassed(REMIND_APPROVAL_OVERDUE, APPROVAL_REMINDER_SENT)
                .isWaitingAt(APPROVE_INPUT);
        assertThat(service.get("UNMISS", year).getHighlights()).isNull();
    }

    @Test
    void badInput_isRefusedWithAMessageAndTheTaskStaysOpen() {
        int year = 2042;
        today(LocalDate.of(year, 12, 1));
        fixture.open("UNMISS", year);
        Task prepare = fixture.task("UNMISS", year, PREPARE_INPUT);

        assertThatThrownBy(() -> fixture.complete(
                        prepare,
                        "unmissAdviser",
                        Roles.ADVISERS,
                        Map.of("highlights", "x".repeat(4001), "sensitivity", "SECRET")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Highlights and challenges must be at most 4000 characters (it has 4001).")
                .hasMessageContaining(
                        "Sensitivity 'SECRET' is not one of: PUBLIC, CONFIDENTIAL, STRICTLY_CONFIDENTIAL.");
        assertThatThrownBy(() -> fixture.complete(prepare, "unmissAdviser", Roles.ADVISERS, Map.of()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Sensitivity is required.");
        assertThat(fixture.task("UNMISS", year, PREPARE_INPUT).getId()).isEqualTo(prepare.getId());
        assertThat(service.get("UNMISS", year).getStatus()).isEqualTo(InputStatus.PREPARING);

        fixture.complete(prepare, "unmissAdviser", Roles.ADVISERS, Map.of("sensitivity", "PUBLIC"));
        Task approve = fixture.task("UNMISS", year, APPROVE_INPUT);
        assertThatThrownBy(() -> fixture.complete(
                        approve, "unmissSenior", Roles.SENIOR_ADVISERS, Map.of("approvalDecision", "RETURN")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("A comment for the advisers (required when returning) is required.");
        assertThatThrownBy(() -> fixture.complete(
                        approve, "unmissSenior", Roles.SENIOR_ADVISERS, Map.of("approvalDecision", "MAYBE")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Decision 'MAYBE' is not one of: APPROVE, RETURN.");
        // whoever prepared the input (here also a senior adviser) does not approve it
        assertThatThrownBy(() -> fixture.complete(
                        approve, "unmissAdviser", Roles.SENIOR_ADVISERS, Map.of("approvalDecision", "APPROVE")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("You prepared this input");
        assertThat(fixture.task("UNMISS", year, APPROVE_INPUT).getId()).isEqualTo(approve.getId());
        assertThat(service.get("UNMISS", year).getStatus()).isEqualTo(InputStatus.SUBMITTED);
    }

    private Commitment plansOf(Commitment commitment) {
        // signed and in implementation with a validated plan of two activities, one of them overdue
        Commitment signed = fixtureSign(commitment);
        ImplementationPlan plan =
                plans.validatedPlan(signed, List.of(LocalDate.of(2027, 10, 31), LocalDate.of(2028, 6, 30)));
        PlanActivity late = plans.activitiesOf(plan).get(0);
        fixture.markOverdue(late.getId(), LocalDate.of(2027, 11, 1));
        return signed;
    }

    @Autowired
    org.wps.commitments.commitment.CommitmentService commitments;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private Commitment fixtureSign(Commitment commitment) {
        return transactions.execute(status -> commitments.recordSigning(
                commitment.getId(), LocalDate.of(2027, 2, 1), "Bangui", "Minister; SRSG-SVC", "FIX-DOC"));
    }

    private AnnualReportFigures.Counts figures(AnnualReportInput input, String partyCode) {
        return service.figuresOf(input.getId()).stream()
                .filter(c -> c.partyCode().equals(partyCode))
                .findFirst()
                .orElseThrow();
    }

    private static void today(LocalDate day) {
        ClockUtil.setCurrentTime(at(day));
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Instant on(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
