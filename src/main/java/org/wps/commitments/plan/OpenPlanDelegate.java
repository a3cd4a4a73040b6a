package org.wps.commitments.plan;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_DUE_DATE;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_ESCALATION_DATE;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_ID;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code serviceTask_openPlan}: opens the plan of the signed commitment and publishes its dates. */
@Component("openPlanDelegate")
class OpenPlanDelegate implements JavaDelegate {

    private final PlanService plans;
    private final PlanDates dates;

    OpenPlanDelegate(PlanService plans, PlanDates dates) {
        this.plans = plans;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImplementationPlan plan = plans.open(COMMITMENT_ID.get(execution), execution.getProcessInstanceId());
        PLAN_ID.set(execution, plan.getId());
        PLAN_STATUS.set(execution, plan.getStatus().name());
        PLAN_DUE_DATE.set(execution, dates.startOf(plan.getDueDate()));
        PLAN_ESCALATION_DATE.set(execution, dates.startOf(plans.escalationDate(plan)));
    }
}
