package org.wps.commitments.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.wps.commitments.plan.ImplementationPlanProcess.Elements.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.escalation.EscalatedItemType;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.escalation.EscalationDecision;
import org.wps.commitments.escalation.EscalationRepository;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.process.ProcessTestBase;

/** {@code implementation-plan.bpmn}: one method per path, timers fired by element id. */
@TrackerTest
class ImplementationPlanProcessTest extends ProcessTestBase {

    @Override
    protected String processKey() {
        return ImplementationPlanProcess.KEY;
    }

    private static final LocalDate SIGNED_ON = LocalDate.parse("2026-06-15");
    private static final LocalDate TODAY = LocalDate.parse("2026-09-01");

    @Autowired
    TaskService taskService;

    @Autowired
    PlanService plans;

    @Autowired
    CommitmentService commitments;

    @Autowired
    EscalationRepository escalations;

    @Autowired
    PlanFixture fixture;

    @BeforeEach
    void today() {
        ClockUtil.setCurrentTime(at(TODAY));
    }

    @Test
    void happyPath_draftValidateFollowEveryActivityToCompletion() {
        Planned p = plan();
        Task draft = jobs.task(p.reference(), DRAFT_PLAN);
        assertThat(jobs.candidateGroup(draft)).isEqualTo(Roles.ADVISERS);
        assertThat(draft.getTenantId()).isEqualTo("unmiss");
        assertThat(draft.getDueDate()).isEqualTo(startOf(SIGNED_ON.plusMonths(6)));
        assertThat(draft.getName()).isEqualTo("Draft implementation plan: " + p.reference());
        assertThat(jobs.timer(p.reference(), PLAN_OVERDUE).getDuedate()).isEqualTo(startOf(SIGNED_ON.plusMonths(12)));

        submit(
                p,
                List.of(
                        PlanDriver.activity("Issue command order", LocalDate.parse("2027-03-31")),
                        PlanDriver.activity("Train trainers", LocalDate.parse("2027-06-30"))));
        Task validate = jobs.task(p.reference(), VALIDATE_PLAN);
        assertThat(jobs.candidateGroup(validate)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(validate.getDescription())
                .startsWith(
                        "Action plan on conflict-related sexual violence (2026-06-15 to 2027-12-31), coordinated by "
                                + "Implementation oversight committee, budget 250000 USD. 2 activities: A01 Issue command order")
                .contains(
                        "A02 Train trainers [Prevention; SECURITY_SECTOR_ORDERS_TRAINING; CHAIN_OF_COMMAND_ORDERS] by "
                                + "Ministry of Defence, due 2027-06-30, target Order in force, UNFUNDED;");
        assertThat(validate.getDueDate())
                .isEqualTo(Date.from(at(TODAY).toInstant().plus(java.time.Duration.ofDays(14))));
        ImplementationPlan submitted = plans.get(p.planId());
        assertThat(submitted.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.getBudget()).isEqualByComparingTo("250000");
        assertThat(submitted.getCurrency()).isEqualTo("USD");
        assertThat(plans.activitiesOf(p.planId()))
                .extracting(PlanActivity::getCode, PlanActivity::getTitle, PlanActivity::getStatus)
                .containsExactly(
                        tuple("A01", "Issue command order", ActivityStatus.PLANNED),
                        tuple("A02", "Train trainers", ActivityStatus.PLANNED));
        assertThat(runtimeService.getVariables(p.pi().getId())).doesNotContainKeys("activities", "planTitle");

        approve(p);
        assertThat(plans.get(p.planId()).getStatus()).isEqualTo(PlanStatus.VALIDATED);
        assertThat(commitments.get(p.commitment().getId()).getStage()).isEqualTo(CommitmentStage.IMPLEMENTATION);
        assertThat(p.pi()).isWaitingAt(FOLLOW_ACTIVITY);
        List<Task> reports = jobs.tasks(p.reference()).stream()
                .filter(t -> t.getTaskDefinitionKey().equals(ActivityFollowUpProcess.Elements.REPORT_PROGRESS))
                .toList();
        assertThat(reports).hasSize(2);

        for (Task report : reports) {
            jobs.complete(report, "unmissAdviser", Roles.ADVISERS, PlanDriver.progress("COMPLETED", 100));
        }
        assertThat(p.pi())
                .isEnded()
                .hasPassedInOrder(
                        OPEN_PLAN,
                        DRAFT_PLAN,
                        VALIDATE_PLAN,
                        PLAN_VALIDATED,
                        START_IMPLEMENTATION,
                        FOLLOW_ACTIVITY,
                        COMPLETE_PLAN,
                        PLAN_COMPLETED)
                .hasNotPassed(PLAN_DUE, PLAN_OVERDUE);
        assertThat(plans.get(p.planId()).getStatus()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(p.pi().getId())
                        .variableName("planOutcome")
                        .singleResult()
                        .getValue())
                .isEqualTo("COMPLETED");
    }

    @Test
    void planReturned_opensTheDraftAgainWithWhatWasEntered() {
        Planned p = plan();
        submit(
                p,
                List.of(
                        PlanDriver.activity("Issue command order", LocalDate.parse("2027-03-31")),
                        PlanDriver.activity("Train trainers", LocalDate.parse("2027-06-30"))));
        jobs.complete(
                jobs.task(p.reference(), VALIDATE_PLAN),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                Map.of("planDecision", "RETURN", "validationComment", "Add a budget per activity."));

        Task again = jobs.task(p.reference(), DRAFT_PLAN);
        assertThat(p.pi()).hasPassed(PLAN_APPROVED_GATEWAY).isWaitingAt(DRAFT_PLAN);
        assertThat(plans.get(p.planId()).getStatus()).isEqualTo(PlanStatus.DRAFTING);
        assertThat(plans.get(p.planId()).getValidationComment()).isEqualTo("Add a budget per activity.");
        Map<String, Object> form = taskService.getVariables(again.getId());
        assertThat(form).containsEntry("planTitle", "Action plan on conflict-related sexual violence");
        SpinJsonNode rows = (SpinJsonNode) form.get("activities");
        assertThat(rows.elements()).hasSize(2);
        assertThat(rows.elements().get(1).prop("title").stringValue()).isEqualTo("Train trainers");
        assertThat(rows.elements().get(1).prop("deadline").stringValue()).isEqualTo("2027-06-30");

        // resubmitted with one activity fewer: the plan holds what was submitted last
        submit(p, List.of(PlanDriver.activity("Train trainers", LocalDate.parse("2027-06-30"))));
        assertThat(plans.activitiesOf(p.planId()))
                .extracting(PlanActivity::getCode, PlanActivity::getTitle)
                .containsExactly(tuple("A01", "Train trainers"));
    }

    @Test
    void invalidDraft_namesEveryProblemByActivityAndKeepsTheTaskOpen() {
        Planned p = plan();
        Task draft = jobs.task(p.reference(), DRAFT_PLAN);
        Map<String, Object> broken = PlanDriver.activity("Open service centres", LocalDate.parse("2031-01-01"));
        broken.put("classification", "WELLBEING");
        broken.remove("responsibleEntity");
        assertThatThrownBy(() -> submit(
                        p, List.of(PlanDriver.activity("Issue command order", LocalDate.parse("2027-03-31")), broken)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Activity 2: Classification 'WELLBEING' is not one of: PREVENTION")
                .hasMessageContaining("Activity 2: Responsible entity is required.")
                .hasMessageContaining(
                        "Activity 2: Deadline 2031-01-01 is outside the plan period (2026-06-15 to 2027-12-31).");
        assertThatThrownBy(() -> submit(p, List.of()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Activities: enter at least 1 (there are 0).");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < PlanService.MAX_ACTIVITIES + 1; i++) {
            tooMany.add(PlanDriver.activity("Activity " + i, LocalDate.parse("2027-03-31")));
        }
        assertThatThrownBy(() -> submit(p, tooMany))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Activities: at most 50 can be entered at once (there are 51).");

        assertThat(jobs.task(p.reference(), DRAFT_PLAN).getId()).isEqualTo(draft.getId());
        assertThat(plans.activitiesOf(p.planId())).isEmpty();
        assertThat(plans.get(p.planId()).getStatus()).isEqualTo(PlanStatus.DRAFTING);
    }

    @Test
    void fiftyActivitiesInOneSitting_areAllStored() {
        Planned p = plan();
        List<Map<String, Object>> fifty = new ArrayList<>();
        for (int i = 1; i <= PlanService.MAX_ACTIVITIES; i++) {
            fifty.add(PlanDriver.activity(
                    "Train battalion " + i, LocalDate.parse("2027-03-31").plusDays(i)));
        }
        submit(p, fifty);
        assertThat(jobs.task(p.reference(), VALIDATE_PLAN).getDescription())
                .hasSizeLessThanOrEqualTo(4000)
                .contains("A01 Train battalion 1")
                .endsWith("more.");
        assertThat(plans.activitiesOf(p.planId())).hasSize(50).last().satisfies(a -> {
            assertThat(a.getCode()).isEqualTo("A50");
            assertThat(a.getDeadline()).isEqualTo(LocalDate.parse("2027-05-20"));
        });
    }

    @Test
    void planDue_warnsTheMissionsAdvisersOnce() throws Exception {
        Planned p = plan();
        jobs.fire(p.reference(), PLAN_DUE);
        assertThat(Mailbox.recipients()).containsExactly("unmissAdviser@example.org");
        assertThat(Mailbox.received().get(0).getSubject())
                .isEqualTo(Notifications.confidentialSubject()); // a confidential commitment's mail names it not
        assertThat(plans.get(p.planId()).getWarningSentAt()).isNotNull();
        assertThat(p.pi())
                .hasPassed(WARN_PLAN_MISSING, "endEvent_planWarningSent")
                .isWaitingAt(DRAFT_PLAN);

        // returned drafts re-arm the timer, which fires at once, but the warning is not repeated
        submit(p, List.of(PlanDriver.activity("Issue command order", LocalDate.parse("2027-03-31"))));
        jobs.complete(
                jobs.task(p.reference(), VALIDATE_PLAN),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                Map.of("planDecision", "RETURN", "validationComment", "Dates missing."));
        jobs.fire(p.reference(), PLAN_DUE);
        assertThat(Mailbox.recipients()).hasSize(1);
    }

    @Test
    void validationOverdue_remindsSeniorAdvisers() {
        Planned p = plan();
        submit(p, List.of(PlanDriver.activity("Issue command order", LocalDate.parse("2027-03-31"))));
        jobs.fire(p.reference(), VALIDATION_OVERDUE);
        assertThat(jobs.task(p.reference(), VALIDATE_PLAN).getPriority()).isEqualTo(90);
        assertThat(Mailbox.recipients()).containsExactly("unmissSenior@example.org");
        assertThat(p.pi()).hasPassed(REMIND_VALIDATION_OVERDUE, "endEvent_validationReminderSent");
        assertThat(commitments.get(p.commitment().getId()).getReminderCount()).isEqualTo(1);
    }

    @Test
    void planMissingAtEscalationDate_climbsTheLadderUntilThePlanIsValidated() {
        Planned p = plan();
        jobs.fire(p.reference(), PLAN_OVERDUE);

        Task level1 = jobs.task(p.reference(), OverdueEscalationProcess.Elements.DECIDE);
        assertThat(jobs.candidateGroup(level1)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(level1.getName())
                .isEqualTo(
                        "Decide on overdue item (level 1): " + p.reference() + ": implementation plan not validated");
        assertThat(p.pi()).isWaitingAt(DRAFT_PLAN, ESCALATE_MISSING_PLAN);

        submit(p, List.of(PlanDriver.activity("Issue command order", LocalDate.parse("2027-09-30"))));
        approve(p);

        assertThat(p.pi()).hasPassed(PLAN_VALIDATED_DURING_ESCALATION, PLAN_ESCALATION_NO_LONGER_NEEDED);
        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(
                        EscalatedItemType.PLAN_DRAFTING, p.planId()))
                .extracting(Escalation::getLevel, Escalation::getDecision)
                .containsExactly(tuple(1, EscalationDecision.NO_LONGER_NEEDED));
    }

    @Test
    void newPlanDeadlineAcceptedOnEscalation_movesTheDraftsDueDate() {
        Planned p = plan();
        jobs.fire(p.reference(), PLAN_OVERDUE);
        decide(p, "ACCEPT_NEW_DEADLINE", "2027-09-30");

        assertThat(p.pi()).hasPassed(APPLY_ESCALATION_DECISION).isWaitingAt(DRAFT_PLAN, ACCEPTED_PLAN_DEADLINE_PASSED);
        assertThat(plans.get(p.planId()).getDueDate()).isEqualTo(LocalDate.parse("2027-09-30"));
        assertThat(jobs.task(p.reference(), DRAFT_PLAN).getDueDate()).isEqualTo(startOf(LocalDate.parse("2027-09-30")));
        assertThat(jobs.timer(p.reference(), ACCEPTED_PLAN_DEADLINE_PASSED).getDuedate())
                .isEqualTo(startOf(LocalDate.parse("2027-09-30")));

        // missed again: the ladder starts again, counted from the accepted date
        jobs.fire(p.reference(), ACCEPTED_PLAN_DEADLINE_PASSED);
        Task again = jobs.task(p.reference(), OverdueEscalationProcess.Elements.DECIDE);
        assertThat(jobs.candidateGroup(again)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(again.getDueDate())
                .isEqualTo(startOf(LocalDate.parse("2027-09-30").plusDays(60)));
        assertThat(p.pi()).isWaitingAt(DRAFT_PLAN, ESCALATE_MISSING_PLAN);
    }

    @Test
    void planNoLongerMissingWhenTheLadderWouldOpen_endsTheEscalation() {
        Planned p = plan();
        runtimeService
                .createProcessInstanceModification(p.pi().getId())
                .startBeforeActivity(APPLY_ESCALATION_DECISION)
                .setVariable("escalationDecision", "NO_LONGER_NEEDED")
                .execute();
        assertThat(p.pi()).hasPassed(PLAN_NO_LONGER_MISSING).isWaitingAt(DRAFT_PLAN);
        assertThat(plans.get(p.planId()).getStatus()).isEqualTo(PlanStatus.DRAFTING);
    }

    @Test
    void planClosedAsNotFeasible_lapsesTheCommitment() {
        Planned p = plan();
        jobs.fire(p.reference(), PLAN_OVERDUE);
        decide(p, "CLOSE_AS_NOT_FEASIBLE", null);

        assertThat(p.pi()).isEnded().hasPassed(APPLY_ESCALATION_DECISION, PLAN_NOT_FEASIBLE);
        assertThat(plans.get(p.planId()).getStatus()).isEqualTo(PlanStatus.NOT_FEASIBLE);
        Commitment lapsed = commitments.get(p.commitment().getId());
        assertThat(lapsed.getStage()).isEqualTo(CommitmentStage.LAPSED);
        assertThat(lapsed.getClosingNote()).startsWith("Closed as not feasible at escalation level 1 by unmissSenior");
        assertThat(jobs.tasks(p.reference())).isEmpty();
    }

    private void decide(Planned p, String decision, String newDeadline) {
        var values = new java.util.HashMap<String, Object>();
        values.put("escalationDecision", decision);
        values.put("decisionNote", "The party has no planning capacity.");
        if (newDeadline != null) {
            values.put("newDeadline", newDeadline);
        }
        jobs.complete(
                jobs.task(p.reference(), OverdueEscalationProcess.Elements.DECIDE),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                values);
    }

    private void submit(Planned p, List<Map<String, Object>> rows) {
        jobs.complete(
                jobs.task(p.reference(), DRAFT_PLAN),
                "unmissAdviser",
                Roles.ADVISERS,
                PlanDriver.draft(SIGNED_ON, LocalDate.parse("2027-12-31"), rows));
    }

    private void approve(Planned p) {
        jobs.complete(
                jobs.task(p.reference(), VALIDATE_PLAN),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                Variables.createVariables()
                        .putValue("planDecision", "APPROVE")
                        .putValue("validatedOn", TODAY.toString())
                        .putValue("validatingBody", "National validation workshop"));
    }

    private Planned plan() {
        Commitment commitment = fixture.signedCommitment("GOV-SSD", SIGNED_ON);
        ProcessInstance pi = fixture.plan(commitment);
        long planId = (Long) runtimeService.getVariable(pi.getId(), "planId");
        return new Planned(commitment, pi, planId);
    }

    private record Planned(Commitment commitment, ProcessInstance pi, long planId) {
        String reference() {
            return commitment.getReference();
        }
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }
}
