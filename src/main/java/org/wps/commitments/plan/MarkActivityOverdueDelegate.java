package org.wps.commitments.plan;

import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wps.commitments.confidentiality.ItemSensitivity;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.notification.Notifications;

/**
 * {@code serviceTask_markActivityOverdue}, after {@code timer_deadlinePassed}: the activity is overdue from its
 * deadline; the mission's advisers are told, and the escalation ladder starts next.
 */
@Component("markActivityOverdueDelegate")
class MarkActivityOverdueDelegate implements JavaDelegate {

    private final ActivityService activities;
    private final Notifications notifications;
    private final ItemSensitivity sensitivity;

    MarkActivityOverdueDelegate(ActivityService activities, Notifications notifications, ItemSensitivity sensitivity) {
        this.activities = activities;
        this.notifications = notifications;
        this.sensitivity = sensitivity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlanActivity activity = activities.markOverdue(ACTIVITY_ID.get(execution));
        String label = activity.label(execution.getProcessBusinessKey());
        notifications.notifyAboutItem(
                "activity:" + activity.getId() + ":overdue:" + activity.getDeadline(),
                Mission.tenantIdOf(activity.getMissionCode()),
                Roles.ADVISERS,
                sensitivity.of(execution),
                "Overdue: " + label,
                "Activity " + label + " was due on " + activity.getDeadline() + " and is not completed. It now "
                        + "climbs the escalation ladder unless its deadline is revised with a reason.");
    }
}
