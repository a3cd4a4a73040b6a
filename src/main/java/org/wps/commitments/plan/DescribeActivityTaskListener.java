package org.wps.commitments.plan;

import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of {@code userTask_reportProgress}: the task is named after the activity and says what is
 * expected, so an adviser with fifty activities in her list knows which is which.
 */
@Component("describeActivityTaskListener")
class DescribeActivityTaskListener implements TaskListener {

    private final ActivityService activities;

    DescribeActivityTaskListener(ActivityService activities) {
        this.activities = activities;
    }

    @Override
    public void notify(DelegateTask task) {
        PlanActivity a = activities.get(ACTIVITY_ID.get(task));
        task.setName("Report progress: " + a.label(task.getExecution().getProcessBusinessKey()));
        task.setDescription("Responsible: " + a.getResponsibleEntity() + ". Indicator: " + a.getIndicator()
                + ". Target: " + a.getTarget() + ". Deadline: " + a.getDeadline() + ". Funding: " + a.getFundingStatus()
                + ". Now " + a.getStatus() + ", " + a.getProgressPct() + "%.");
    }
}
