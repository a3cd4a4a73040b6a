package org.wps.commitments.plan;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REFERENCE;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the plan's user tasks: the task name carries the commitment's reference, and the senior
 * adviser's validation task describes the submitted plan and every activity, so it can be judged in Tasklist
 * without the data being copied into process variables.
 */
@Component("describePlanTaskListener")
class DescribePlanTaskListener implements TaskListener {

    /** Camunda keeps at most 4,000 characters of a task description. */
    static final int DESCRIPTION_MAX = 4000;

    private final PlanService plans;

    DescribePlanTaskListener(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        REFERENCE.getOptional(task).ifPresent(reference -> task.setName(task.getName() + ": " + reference));
        if (ImplementationPlanProcess.Elements.VALIDATE_PLAN.equals(task.getTaskDefinitionKey())) {
            ImplementationPlan plan = plans.get(PLAN_ID.get(task));
            task.setDescription(summary(plan, plans.activitiesOf(plan.getId())));
        }
    }

    static String summary(ImplementationPlan plan, List<PlanActivity> activities) {
        var text = new StringBuilder()
                .append(plan.getTitle())
                .append(" (")
                .append(plan.getPeriodStart())
                .append(" to ")
                .append(plan.getPeriodEnd())
                .append("), coordinated by ")
                .append(plan.getCoordinationBody());
        if (plan.getBudget() != null) {
            text.append(", budget ").append(plan.getBudget().toPlainString());
            if (plan.getCurrency() != null) {
                text.append(' ').append(plan.getCurrency());
            }
        }
        text.append(". ").append(activities.size()).append(activities.size() == 1 ? " activity:" : " activities:");
        for (int i = 0; i < activities.size(); i++) {
            PlanActivity a = activities.get(i);
            String line = " " + a.getCode() + " " + a.getTitle() + " [" + a.getPillar() + "; " + a.getClassification()
                    + "; " + a.getCommitmentElement() + "] by " + a.getResponsibleEntity() + ", due " + a.getDeadline()
                    + ", target " + a.getTarget() + ", " + a.getFundingStatus() + ";";
            String more = " … and " + (activities.size() - i) + " more.";
            if (text.length() + line.length() + more.length() > DESCRIPTION_MAX) {
                return text.append(more).toString();
            }
            text.append(line);
        }
        return text.toString();
    }
}
