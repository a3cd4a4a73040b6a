package org.wps.commitments.plan;

import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_DEADLINE;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_ID;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.EARLY_REMINDER_AHEAD;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.EARLY_REMINDER_DATE;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.LATE_REMINDER_AHEAD;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.LATE_REMINDER_DATE;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.WATCHED_DEADLINE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_scheduleReminders}, each time the deadline watch (re)starts: computes the reminder dates
 * of the current deadline, skips those already past, and notes which deadline the watch follows.
 */
@Component("scheduleRemindersDelegate")
class ScheduleRemindersDelegate implements JavaDelegate {

    private final ActivityService activities;
    private final PlanDates dates;

    ScheduleRemindersDelegate(ActivityService activities, PlanDates dates) {
        this.activities = activities;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlanActivity activity = activities.get(ACTIVITY_ID.get(execution));
        Date deadline = dates.startOf(activity.getDeadline());
        Date early = dates.earlyReminder(activity.getDeadline());
        Date late = dates.lateReminder(activity.getDeadline());
        ACTIVITY_DEADLINE.set(execution, deadline);
        WATCHED_DEADLINE.set(execution, deadline);
        EARLY_REMINDER_DATE.set(execution, early);
        EARLY_REMINDER_AHEAD.set(execution, dates.isAhead(early));
        LATE_REMINDER_DATE.set(execution, late);
        LATE_REMINDER_AHEAD.set(execution, dates.isAhead(late));
    }
}
