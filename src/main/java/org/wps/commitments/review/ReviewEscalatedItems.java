package org.wps.commitments.review;

import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_DUE_DATE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.escalation.EscalatedItem;
import org.wps.commitments.escalation.EscalatedItemType;
import org.wps.commitments.escalation.EscalatedItems;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.process.EngineQueries;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/** Missed monitoring reviews and escalated review outcomes as items of the escalation ladder. */
@Component
class ReviewEscalatedItems implements EscalatedItems {

    private final ReviewService reviews;
    private final CommitmentService commitments;
    private final PartyRepository parties;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;
    private final TaskService taskService;

    ReviewEscalatedItems(
            ReviewService reviews,
            CommitmentService commitments,
            PartyRepository parties,
            Deadlines deadlines,
            CommitmentsProperties properties,
            TaskService taskService) {
        this.reviews = reviews;
        this.commitments = commitments;
        this.parties = parties;
        this.deadlines = deadlines;
        this.properties = properties;
        this.taskService = taskService;
    }

    @Override
    public Set<EscalatedItemType> types() {
        return Set.of(EscalatedItemType.REVIEW_MISSED, EscalatedItemType.REVIEW_OUTCOME);
    }

    @Override
    public EscalatedItem describe(EscalatedItemType type, long id) {
        MonitoringReview review = reviews.get(id);
        Commitment c = commitments.get(review.getCommitmentId());
        boolean listed =
                parties.findById(c.getPartyCode()).map(p -> p.isListedInAnnex()).orElse(false);
        if (type == EscalatedItemType.REVIEW_MISSED) {
            return new EscalatedItem(
                    type,
                    id,
                    c.getId(),
                    c.getMissionCode(),
                    c.getReference() + ": monitoring review " + review.periodLabel() + " not submitted",
                    review.getDueDate(),
                    listed,
                    review.getStatus().isOwed(),
                    Sensitivity.mostRestrictive(c.getSensitivity(), review.getSensitivity()));
        }
        LocalDate endorsed = review.getEndorsedAt() == null
                ? review.getPeriodEnd()
                : review.getEndorsedAt().atZone(zone()).toLocalDate();
        // an outcome stays open until a later review is endorsed or the commitment closes
        boolean latest = reviews.latestEndorsed(c.getId())
                .map(r -> r.getId().equals(review.getId()))
                .orElse(false);
        return new EscalatedItem(
                type,
                id,
                c.getId(),
                c.getMissionCode(),
                c.getReference() + ": monitoring review " + review.periodLabel() + " rated "
                        + review.getOverallCompliance(),
                endorsed,
                listed,
                latest && !c.getStage().isClosed(),
                Sensitivity.mostRestrictive(c.getSensitivity(), review.getSensitivity()));
    }

    @Override
    public void acceptNewDeadline(
            EscalatedItemType type, long id, LocalDate newDeadline, Escalation decided, DelegateExecution execution) {
        String note = "New deadline " + newDeadline + " accepted at escalation level " + decided.getLevel() + " by "
                + decided.getDecidedBy() + ": " + decided.getDecisionNote();
        if (type == EscalatedItemType.REVIEW_OUTCOME) {
            reviews.note(id, note);
            return;
        }
        reviews.moveDueDate(id, newDeadline, note);
        Date due = Date.from(deadlines.startOf(newDeadline));
        REVIEW_DUE_DATE.set(execution, due);
        for (Task task : EngineQueries.all(taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(MonitoringReviewProcess.Elements.PREPARE_REVIEW))) {
            taskService.setDueDate(task.getId(), due);
        }
    }

    @Override
    public void closeAsNotFeasible(EscalatedItemType type, long id, Escalation decided, DelegateExecution execution) {
        String note = "Closed as not feasible at escalation level " + decided.getLevel() + " by "
                + decided.getDecidedBy() + ": " + decided.getDecisionNote();
        if (type == EscalatedItemType.REVIEW_OUTCOME) {
            reviews.note(id, note);
            return;
        }
        reviews.notHeld(id, note);
    }

    private ZoneId zone() {
        return properties.timeZone();
    }
}
