package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.RECORD_ENGAGEMENT;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.RECORD_SIGNING;

import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.wps.commitments.escalation.EscalatedItem;
import org.wps.commitments.escalation.EscalatedItemType;
import org.wps.commitments.escalation.EscalatedItems;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.process.EngineQueries;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/**
 * A stalled engagement and an overdue signature as items of the escalation ladder. Each stays late while the
 * commitment is in its stage and the stage's due date has passed; a new engagement (which renews the period) or
 * a signature ends it.
 */
@Component
class CommitmentEscalatedItems implements EscalatedItems {

    private final CommitmentService commitments;
    private final Deadlines deadlines;
    private final StageDeadlines stageDeadlines;
    private final LifecycleVariables variables;
    private final PartyRepository parties;
    private final TaskService taskService;
    private final CommitmentsProperties properties;

    CommitmentEscalatedItems(
            CommitmentService commitments,
            Deadlines deadlines,
            StageDeadlines stageDeadlines,
            LifecycleVariables variables,
            PartyRepository parties,
            TaskService taskService,
            CommitmentsProperties properties) {
        this.commitments = commitments;
        this.deadlines = deadlines;
        this.stageDeadlines = stageDeadlines;
        this.variables = variables;
        this.parties = parties;
        this.taskService = taskService;
        this.properties = properties;
    }

    @Override
    public Set<EscalatedItemType> types() {
        return Set.of(EscalatedItemType.STALLED_ENGAGEMENT, EscalatedItemType.SIGNATURE);
    }

    @Override
    public EscalatedItem describe(EscalatedItemType type, long id) {
        Commitment c = commitments.get(id);
        boolean engagement = type == EscalatedItemType.STALLED_ENGAGEMENT;
        CommitmentStage stage = engagement ? CommitmentStage.ENGAGEMENT : CommitmentStage.AWAITING_SIGNATURE;
        boolean open = c.getStage() == stage && c.getStageDueDate() != null;
        LocalDate due;
        if (!open) {
            // moved on: no longer late; the date only names when it was due
            due = c.getStageDueDate() == null
                    ? deadlines.now().atZone(properties.timeZone()).toLocalDate()
                    : c.getStageDueDate().atZone(properties.timeZone()).toLocalDate();
        } else if (engagement) {
            due = c.getStageDueDate().atZone(properties.timeZone()).toLocalDate();
        } else {
            due = stageDeadlines
                    .signatureEscalationDate(c)
                    .atZone(properties.timeZone())
                    .toLocalDate();
            // a later deadline accepted on escalation counts
            LocalDate accepted =
                    c.getStageDueDate().atZone(properties.timeZone()).toLocalDate();
            if (accepted.isAfter(due)) {
                due = accepted;
            }
        }
        String label = c.getReference() + (engagement ? ": engagement with the party stalled" : ": signature overdue");
        return new EscalatedItem(
                type,
                id,
                id,
                c.getMissionCode(),
                label,
                due,
                parties.findById(c.getPartyCode()).map(p -> p.isListedInAnnex()).orElse(false),
                open,
                c.getSensitivity());
    }

    @Override
    public void acceptNewDeadline(
            EscalatedItemType type, long id, LocalDate newDeadline, Escalation decided, DelegateExecution execution) {
        Commitment c = commitments.moveStageDueDate(
                id, newDeadline.atStartOfDay(properties.timeZone()).toInstant());
        variables.publishStage(execution, c);
        String taskKey = type == EscalatedItemType.STALLED_ENGAGEMENT ? RECORD_ENGAGEMENT : RECORD_SIGNING;
        for (Task task : EngineQueries.all(taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey))) {
            taskService.setDueDate(task.getId(), Date.from(c.getStageDueDate()));
        }
        commitments.recordDecision(
                id,
                type == EscalatedItemType.STALLED_ENGAGEMENT
                        ? CommitmentDecision.Step.STALLED_ENGAGEMENT_REVIEW
                        : CommitmentDecision.Step.OVERDUE_SIGNATURE_REVIEW,
                "ACCEPT_NEW_DEADLINE",
                decided.getDecisionNote(),
                new Actor(decided.getDecidedBy(), Set.of(), Set.of()));
    }

    @Override
    public void closeAsNotFeasible(EscalatedItemType type, long id, Escalation decided, DelegateExecution execution) {
        String note = "Closed as not feasible at escalation level " + decided.getLevel() + " by "
                + decided.getDecidedBy() + ": " + decided.getDecisionNote();
        commitments.recordDecision(
                id,
                type == EscalatedItemType.STALLED_ENGAGEMENT
                        ? CommitmentDecision.Step.STALLED_ENGAGEMENT_REVIEW
                        : CommitmentDecision.Step.OVERDUE_SIGNATURE_REVIEW,
                "CLOSE_AS_NOT_FEASIBLE",
                decided.getDecisionNote(),
                new Actor(decided.getDecidedBy(), Set.of(), Set.of()));
        variables.publishStage(execution, commitments.close(id, CommitmentStage.ABANDONED, note));
    }
}
