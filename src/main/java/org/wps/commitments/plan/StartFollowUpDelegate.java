package org.wps.commitments.plan;

import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_DEADLINE;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_ID;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code serviceTask_startFollowUp}: links the activity to this instance and publishes its deadline. */
@Component("startFollowUpDelegate")
class StartFollowUpDelegate implements JavaDelegate {

    private final ActivityService activities;
    private final PlanDates dates;

    StartFollowUpDelegate(ActivityService activities, PlanDates dates) {
        this.activities = activities;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlanActivity activity =
                activities.linkProcessInstance(ACTIVITY_ID.get(execution), execution.getProcessInstanceId());
        ACTIVITY_STATUS.set(execution, activity.getStatus().name());
        ACTIVITY_DEADLINE.set(execution, dates.startOf(activity.getDeadline()));
    }
}
