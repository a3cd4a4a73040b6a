package org.wps.commitments.plan;

import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.ACTIVITIES;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.BUDGET;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.COORDINATION_BODY;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.CURRENCY;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PERIOD_END;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PERIOD_START;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_ID;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_STATUS;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_TITLE;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.VALIDATION_DUE_DATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.plan.ImplementationPlanProcess.ActivityFields;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * Completes {@code userTask_draftPlan} ("Draft implementation plan"): checks the plan and every activity row,
 * naming each problem by row ("Activity 3: Deadline is required."), then stores them and sends the plan for
 * validation. A refused submission keeps everything typed in the form.
 */
@Component("draftPlanListener")
class DraftPlanListener extends FormTaskListener {

    private final PlanService plans;
    private final PlanDates dates;
    private final CommitmentsProperties properties;

    DraftPlanListener(PlanService plans, PlanDates dates, CommitmentsProperties properties) {
        this.plans = plans;
        this.dates = dates;
        this.properties = properties;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        ZoneId zone = properties.timeZone();
        String title = input.requiredText(PLAN_TITLE.name(), "Plan title", 300);
        LocalDate start = input.requiredDate(PERIOD_START.name(), "Plan period start", zone);
        LocalDate end = input.requiredDate(PERIOD_END.name(), "Plan period end", zone);
        if (start != null && end != null && !end.isAfter(start)) {
            input.problem(PERIOD_END.name(), "The plan period must end after it starts (" + start + ").");
        }
        String body = input.requiredText(COORDINATION_BODY.name(), "Coordination body", 300);
        BigDecimal budget = input.optionalAmount(BUDGET.name(), "Budget");
        String currency = input.optionalCode(CURRENCY.name(), "Currency", 3);
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            input.problem(CURRENCY.name(), "Currency must be a three-letter code such as USD.");
        } else if (budget != null && budget.signum() > 0 && currency == null) {
            input.problem(CURRENCY.name(), "Currency is required when a budget is given.");
        }
        List<NewActivity> activities = new ArrayList<>();
        for (Input row : input.rows(ACTIVITIES.name(), "Activities", "Activity", 1, PlanService.MAX_ACTIVITIES)) {
            NewActivity activity = activity(row, start, end, zone);
            if (activity != null) {
                activities.add(activity);
            }
        }
        input.throwIfInvalid();
        plans.submit(
                PLAN_ID.get(task),
                new PlanService.PlanDraft(
                        title,
                        start,
                        end,
                        body,
                        budget,
                        currency == null ? null : currency.toUpperCase(Locale.ROOT),
                        activities),
                actor);
        PLAN_STATUS.set(task, PlanStatus.SUBMITTED.name());
        VALIDATION_DUE_DATE.set(task, dates.validationDueDate());
    }

    private static NewActivity activity(Input row, LocalDate start, LocalDate end, ZoneId zone) {
        String title = row.requiredText(ActivityFields.TITLE, "Title", 300);
        String pillar = row.requiredText(ActivityFields.PILLAR, "Mission pillar", 200);
        ActivityClassification classification =
                row.requiredChoice(ActivityFields.CLASSIFICATION, "Classification", ActivityClassification.class);
        CommitmentElement element =
                row.requiredChoice(ActivityFields.COMMITMENT_ELEMENT, "Commitment element", CommitmentElement.class);
        String responsible = row.requiredText(ActivityFields.RESPONSIBLE_ENTITY, "Responsible entity", 200);
        LocalDate deadline = row.requiredDate(ActivityFields.DEADLINE, "Deadline", zone);
        if (deadline != null && start != null && end != null && (deadline.isBefore(start) || deadline.isAfter(end))) {
            row.problem(
                    ActivityFields.DEADLINE,
                    "Deadline " + deadline + " is outside the plan period (" + start + " to " + end + ").");
        }
        String indicator = row.requiredText(ActivityFields.INDICATOR, "Indicator", 500);
        String baseline = row.optionalText(ActivityFields.BASELINE, "Baseline", 200);
        String target = row.requiredText(ActivityFields.TARGET, "Target", 200);
        FundingStatus funding =
                row.requiredChoice(ActivityFields.FUNDING_STATUS, "Funding status", FundingStatus.class);
        String verification = row.requiredText(ActivityFields.MEANS_OF_VERIFICATION, "Means of verification", 500);
        if (!row.isValid()) {
            return null;
        }
        return new NewActivity(
                title,
                pillar,
                classification,
                element,
                responsible,
                deadline,
                indicator,
                baseline,
                target,
                funding,
                verification);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(PLAN_TITLE, PERIOD_START, PERIOD_END, COORDINATION_BODY, BUDGET, CURRENCY, ACTIVITIES);
    }
}
