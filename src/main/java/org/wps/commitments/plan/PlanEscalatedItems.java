package org.wps.commitments.plan;

import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_DUE_DATE;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_OUTCOME;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.escalation.EscalatedItem;
import org.wps.commitments.escalation.EscalatedItemType;
import org.wps.commitments.escalation.EscalatedItems;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.process.EngineQueries;

/** Plan activities and missing plans as items of the escalation ladder. */
@Component
class PlanEscalatedItems implements EscalatedItems {

    private final ActivityService activities;
    private final PlanService plans;
    private final CommitmentService commitments;
    private final PartyRepository parties;
    private final PlanDates dates;
    private final TaskService taskService;

    PlanEscalatedItems(
            ActivityService activities,
            PlanService plans,
            CommitmentService commitments,
            PartyRepository parties,
            PlanDates dates,
            TaskService taskService) {
        this.activities = activities;
        this.plans = plans;
        this.commitments = commitments;
        this.parties = parties;
        this.dates = dates;
        this.taskService = taskService;
    }

    @Override
    public Set<EscalatedItemType> types() {
        return Set.of(EscalatedItemType.ACTIVITY, EscalatedItemType.PLAN_DRAFTING);
    }

    @Override
    public EscalatedItem describe(EscalatedItemType type, long id) {
        if (type == EscalatedItemType.ACTIVITY) {
            PlanActivity a = activities.get(id);
            Commitment c = commitments.get(a.getCommitmentId());
            return new EscalatedItem(
                    type,
                    id,
                    c.getId(),
                    c.getMissionCode(),
                    a.label(c.getReference()),
                    a.getDeadline(),
                    listed(c),
                    !a.getStatus().isFinished(),
                    c.getSensitivity());
        }
        ImplementationPlan plan = plans.get(id);
        Commitment c = commitments.get(plan.getCommitmentId());
        // a deadline accepted on escalation, later than the escalation date, is the date the plan is late from
        LocalDate escalation = plans.escalationDate(plan);
        LocalDate due = plan.getDueDate().isAfter(escalation) ? plan.getDueDate() : escalation;
        boolean stillMissing = plan.getStatus() == PlanStatus.DRAFTING || plan.getStatus() == PlanStatus.SUBMITTED;
        return new EscalatedItem(
                type,
                id,
                c.getId(),
                c.getMissionCode(),
                c.getReference() + ": implementation plan not validated",
                due,
                listed(c),
                stillMissing,
                c.getSensitivity());
    }

    @Override
    public void escalatedTo(EscalatedItemType type, long id, int level) {
        if (type == EscalatedItemType.ACTIVITY) {
            activities.escalatedTo(id, level);
        }
    }

    @Override
    public void acceptNewDeadline(
            EscalatedItemType type, long id, LocalDate newDeadline, Escalation decided, DelegateExecution execution) {
        Actor actor = new Actor(decided.getDecidedBy(), Set.of(), Set.of());
        if (type == EscalatedItemType.ACTIVITY) {
            // the watch restarts after this task with the new deadline (scheduleRemindersDelegate)
            activities.changeDeadline(
                    id, newDeadline, decided.getDecisionNote(), DeadlineChangeSource.ESCALATION, actor);
            moveOpenTasks(execution, ActivityFollowUpProcess.Elements.REPORT_PROGRESS, newDeadline);
            return;
        }
        plans.moveDueDate(id, newDeadline);
        PLAN_DUE_DATE.set(execution, dates.startOf(newDeadline));
        moveOpenTasks(execution, ImplementationPlanProcess.Elements.DRAFT_PLAN, newDeadline);
    }

    @Override
    public void closeAsNotFeasible(EscalatedItemType type, long id, Escalation decided, DelegateExecution execution) {
        String note = "Closed as not feasible at escalation level " + decided.getLevel() + " by "
                + decided.getDecidedBy() + ": " + decided.getDecisionNote();
        if (type == EscalatedItemType.ACTIVITY) {
            activities.cancelAsNotFeasible(id, note);
            return;
        }
        plans.closeAsNotFeasible(id, note);
        PLAN_OUTCOME.set(execution, PlanStatus.NOT_FEASIBLE.name());
    }

    private void moveOpenTasks(DelegateExecution execution, String taskKey, LocalDate newDeadline) {
        for (Task task : EngineQueries.all(taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey))) {
            taskService.setDueDate(task.getId(), dates.startOf(newDeadline));
        }
    }

    private boolean listed(Commitment c) {
        return parties.findById(c.getPartyCode()).map(p -> p.isListedInAnnex()).orElse(false);
    }
}
