package org.wps.commitments.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;
import org.wps.commitments.web.NotFoundException;

/** Implementation plans: drafting, validation, activities, completion. Called in the engine's transaction. */
@Service
@Transactional
class PlanService {

    /** The most activities one plan holds: enough for a national action plan, few enough to follow. */
    public static final int MAX_ACTIVITIES = 50;

    private final ImplementationPlanRepository plans;
    private final PlanActivityRepository activities;
    private final CommitmentService commitments;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    PlanService(
            ImplementationPlanRepository plans,
            PlanActivityRepository activities,
            CommitmentService commitments,
            Deadlines deadlines,
            CommitmentsProperties properties) {
        this.plans = plans;
        this.activities = activities;
        this.commitments = commitments;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public ImplementationPlan get(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("No implementation plan with id " + id));
    }

    @Transactional(readOnly = true)
    public List<PlanActivity> activitiesOf(long planId) {
        return activities.findByPlanIdOrderByCodeAsc(planId);
    }

    /** Opens a plan in DRAFTING for a signed commitment, due {@code plan-warning-after} after signing. */
    public ImplementationPlan open(long commitmentId, String processInstanceId) {
        Commitment commitment = commitments.get(commitmentId);
        if (commitment.getSignedOn() == null) {
            throw new IllegalStateException("Commitment " + commitment.getReference() + " is not signed");
        }
        LocalDate due = commitment.getSignedOn().plus(properties.timers().planWarningAfter());
        return plans.save(new ImplementationPlan(
                commitmentId,
                commitment.getMissionCode(),
                due,
                processInstanceId,
                Actor.SYSTEM.userId(),
                deadlines.now()));
    }

    /** When a missing plan climbs the escalation ladder. */
    @Transactional(readOnly = true)
    public LocalDate escalationDate(ImplementationPlan plan) {
        return commitments
                .get(plan.getCommitmentId())
                .getSignedOn()
                .plus(properties.timers().planEscalationAfter());
    }

    /** Stores the submitted draft and its activities (replacing those of an earlier draft). */
    public ImplementationPlan submit(long planId, PlanDraft draft, Actor actor) {
        ImplementationPlan plan = get(planId);
        if (plan.getStatus() != PlanStatus.DRAFTING) {
            throw new IllegalStateException("Plan " + planId + " is " + plan.getStatus() + ", not DRAFTING");
        }
        Commitment commitment = commitments.get(plan.getCommitmentId());
        activities.deleteAll(activities.findByPlanIdOrderByCodeAsc(planId));
        activities.flush();
        List<PlanActivity> saved = new ArrayList<>();
        for (int i = 0; i < draft.activities().size(); i++) {
            saved.add(new PlanActivity(
                    planId,
                    commitment.getId(),
                    commitment.getMissionCode(),
                    String.format(Locale.ROOT, "A%02d", i + 1),
                    draft.activities().get(i)));
        }
        activities.saveAll(saved);
        plan.submit(
                draft.title(),
                draft.periodStart(),
                draft.periodEnd(),
                draft.coordinationBody(),
                draft.budget(),
                draft.currency(),
                actor.userId(),
                deadlines.now());
        return plan;
    }

    public ImplementationPlan returnForChanges(long planId, String comment, Actor actor) {
        ImplementationPlan plan = get(planId);
        plan.returnForChanges(comment, actor.userId());
        return plan;
    }

    public ImplementationPlan validate(long planId, LocalDate validatedOn, String body, String comment, Actor actor) {
        ImplementationPlan plan = get(planId);
        plan.validate(validatedOn, body, comment, actor.userId());
        return plan;
    }

    /** The commitment enters IMPLEMENTATION; answers the ids of the activities to follow. */
    public List<Long> startImplementation(long planId) {
        ImplementationPlan plan = get(planId);
        commitments.enter(plan.getCommitmentId(), CommitmentStage.IMPLEMENTATION);
        return activities.findByPlanIdOrderByCodeAsc(planId).stream()
                .map(PlanActivity::getId)
                .toList();
    }

    public ImplementationPlan complete(long planId) {
        ImplementationPlan plan = get(planId);
        plan.complete(deadlines.now());
        return plan;
    }

    /** Notes the warning; answers false when it was already given (a returned draft re-arms the timer). */
    public boolean warnOnce(long planId) {
        ImplementationPlan plan = get(planId);
        if (plan.getWarningSentAt() != null) {
            return false;
        }
        plan.warningSent(deadlines.now());
        return true;
    }

    public ImplementationPlan moveDueDate(long planId, LocalDate newDueDate) {
        ImplementationPlan plan = get(planId);
        plan.moveDueDate(newDueDate);
        return plan;
    }

    /** Closed on escalation: no plan can be obtained, so the commitment lapses. */
    public ImplementationPlan closeAsNotFeasible(long planId, String note) {
        ImplementationPlan plan = get(planId);
        plan.closeAsNotFeasible(note, deadlines.now());
        commitments.close(plan.getCommitmentId(), CommitmentStage.LAPSED, note);
        return plan;
    }

    /** A checked plan draft as submitted by an adviser. */
    public record PlanDraft(
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String coordinationBody,
            BigDecimal budget,
            String currency,
            List<NewActivity> activities) {}
}
