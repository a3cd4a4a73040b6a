package org.wps.commitments.plan;

import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_ID;

import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wps.commitments.confidentiality.ItemSensitivity;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.notification.Notifications;

/**
 * {@code serviceTask_sendEarlyReminder} and {@code serviceTask_sendLateReminder}: reminds the mission's advisers
 * of an approaching activity deadline, once per reminder and deadline.
 */
@Component("remindActivityDeadlineDelegate")
class RemindActivityDeadlineDelegate implements JavaDelegate {

    private final ActivityService activities;
    private final Notifications notifications;
    private final ItemSensitivity sensitivity;
    private final PlanDates dates;

    RemindActivityDeadlineDelegate(
            ActivityService activities, Notifications notifications, PlanDates dates, ItemSensitivity sensitivity) {
        this.activities = activities;
        this.notifications = notifications;
        this.sensitivity = sensitivity;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlanActivity activity = activities.get(ACTIVITY_ID.get(execution));
        boolean early = ActivityFollowUpProcess.Elements.SEND_EARLY_REMINDER.equals(execution.getCurrentActivityId());
        long daysLeft = ChronoUnit.DAYS.between(dates.today(), activity.getDeadline());
        String label = activity.label(execution.getProcessBusinessKey());
        notifications.notifyAboutItem(
                "activity:" + activity.getId() + ":" + (early ? "early" : "late") + "-reminder:"
                        + activity.getDeadline(),
                Mission.tenantIdOf(activity.getMissionCode()),
                Roles.ADVISERS,
                sensitivity.of(execution),
                "Deadline in " + daysLeft + " days: " + label,
                "Activity " + label + " is due on " + activity.getDeadline() + " (" + daysLeft + " days). Status: "
                        + activity.getStatus() + ", " + activity.getProgressPct() + "% done, funding "
                        + activity.getFundingStatus() + ".\nReport its progress, or revise its deadline with a reason, "
                        + "in the task \"Report activity progress\".");
        activities.reminded(activity.getId());
    }
}
