package org.wps.commitments.plan;

import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.ACTIVITY_IDS;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_ID;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_OUTCOME;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code serviceTask_completePlan}: every activity is completed or cancelled, so the plan is completed. */
@Component("completePlanDelegate")
class CompletePlanDelegate implements JavaDelegate {

    private final PlanService plans;

    CompletePlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImplementationPlan plan = plans.complete(PLAN_ID.get(execution));
        PLAN_STATUS.set(execution, plan.getStatus().name());
        PLAN_OUTCOME.set(execution, PlanStatus.COMPLETED.name());
        ACTIVITY_IDS.remove(execution);
    }
}
