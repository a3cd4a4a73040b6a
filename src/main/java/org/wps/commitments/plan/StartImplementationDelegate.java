package org.wps.commitments.plan;

import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.ACTIVITY_IDS;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_ID;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.LifecycleVariables;

/**
 * {@code serviceTask_startImplementation}: the validated plan's commitment enters IMPLEMENTATION and the ids of
 * its activities become the collection that {@code callActivity_followActivity} follows, one instance each.
 */
@Component("startImplementationDelegate")
class StartImplementationDelegate implements JavaDelegate {

    private final PlanService plans;
    private final CommitmentService commitments;
    private final LifecycleVariables lifecycle;

    StartImplementationDelegate(PlanService plans, CommitmentService commitments, LifecycleVariables lifecycle) {
        this.plans = plans;
        this.commitments = commitments;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = PLAN_ID.get(execution);
        ACTIVITY_IDS.set(execution, new ArrayList<>(plans.startImplementation(planId)));
        if (execution.getSuperExecution() != null) {
            // the calling lifecycle's stage variable follows the domain
            lifecycle.publishStage(
                    execution.getSuperExecution(),
                    commitments.get(plans.get(planId).getCommitmentId()));
        }
    }
}
