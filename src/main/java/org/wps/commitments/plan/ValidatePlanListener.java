package org.wps.commitments.plan;

import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.ACTIVITIES;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.BUDGET;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.COORDINATION_BODY;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.CURRENCY;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PERIOD_END;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PERIOD_START;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_DECISION;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_ID;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_STATUS;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_TITLE;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.VALIDATED_ON;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.VALIDATING_BODY;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.VALIDATION_COMMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.plan.ImplementationPlanProcess.ActivityFields;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * Completes {@code userTask_validatePlan} ("Validate implementation plan"): records the validation, or returns
 * the plan with comments, in which case the draft form opens again filled with what the adviser had entered.
 */
@Component("validatePlanListener")
class ValidatePlanListener extends FormTaskListener {

    /** The senior adviser's choice. */
    enum PlanDecision {
        APPROVE,
        RETURN
    }

    private final PlanService plans;
    private final CommitmentService commitments;
    private final PlanDates dates;
    private final CommitmentsProperties properties;

    ValidatePlanListener(
            PlanService plans, CommitmentService commitments, PlanDates dates, CommitmentsProperties properties) {
        this.plans = plans;
        this.commitments = commitments;
        this.dates = dates;
        this.properties = properties;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        PlanDecision decision = input.requiredChoice(PLAN_DECISION.name(), "Decision", PlanDecision.class);
        long planId = PLAN_ID.get(task);
        if (decision == PlanDecision.RETURN) {
            String comment = input.requiredText(VALIDATION_COMMENT.name(), "Comments for the adviser", 2000);
            input.throwIfInvalid();
            plans.returnForChanges(planId, comment, actor);
            PLAN_STATUS.set(task, PlanStatus.DRAFTING.name());
            refillDraft(task, plans.get(planId));
            return;
        }
        LocalDate validatedOn = input.requiredDate(VALIDATED_ON.name(), "Validation date", properties.timeZone());
        String body = input.requiredText(VALIDATING_BODY.name(), "Validating body", 300);
        String comment = input.optionalText(VALIDATION_COMMENT.name(), "Comments", 2000);
        ImplementationPlan plan = plans.get(planId);
        Commitment commitment = commitments.get(plan.getCommitmentId());
        if (validatedOn != null && validatedOn.isAfter(dates.today())) {
            input.problem(VALIDATED_ON.name(), "Validation date " + validatedOn + " is in the future.");
        } else if (validatedOn != null && validatedOn.isBefore(commitment.getSignedOn())) {
            input.problem(
                    VALIDATED_ON.name(),
                    "Validation date " + validatedOn + " is before the signing on " + commitment.getSignedOn() + ".");
        }
        input.throwIfInvalid();
        plans.validate(planId, validatedOn, body, comment, actor);
        PLAN_STATUS.set(task, PlanStatus.VALIDATED.name());
    }

    /** Puts the returned draft back into the draft form's fields, so nothing typed has to be typed again. */
    private void refillDraft(DelegateTask task, ImplementationPlan plan) {
        PLAN_TITLE.set(task, plan.getTitle());
        PERIOD_START.set(task, String.valueOf(plan.getPeriodStart()));
        PERIOD_END.set(task, String.valueOf(plan.getPeriodEnd()));
        COORDINATION_BODY.set(task, plan.getCoordinationBody());
        if (plan.getBudget() != null) {
            BUDGET.set(task, plan.getBudget().doubleValue());
        }
        if (plan.getCurrency() != null) {
            CURRENCY.set(task, plan.getCurrency());
        }
        var rows = new ArrayList<Map<String, Object>>();
        for (PlanActivity a : plans.activitiesOf(plan.getId())) {
            var row = new LinkedHashMap<String, Object>();
            row.put(ActivityFields.TITLE, a.getTitle());
            row.put(ActivityFields.PILLAR, a.getPillar());
            row.put(ActivityFields.CLASSIFICATION, a.getClassification().name());
            row.put(ActivityFields.COMMITMENT_ELEMENT, a.getCommitmentElement().name());
            row.put(ActivityFields.RESPONSIBLE_ENTITY, a.getResponsibleEntity());
            row.put(ActivityFields.DEADLINE, a.getDeadline().toString());
            row.put(ActivityFields.INDICATOR, a.getIndicator());
            row.put(ActivityFields.BASELINE, a.getBaseline());
            row.put(ActivityFields.TARGET, a.getTarget());
            row.put(ActivityFields.FUNDING_STATUS, a.getFundingStatus().name());
            row.put(ActivityFields.MEANS_OF_VERIFICATION, a.getMeansOfVerification());
            rows.add(row);
        }
        // a Json value, as Tasklist submits it, so the form's dynamic list shows the rows again
        task.setVariable(ACTIVITIES.name(), org.camunda.spin.Spin.JSON(rows));
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(VALIDATED_ON, VALIDATING_BODY, VALIDATION_COMMENT);
    }
}
