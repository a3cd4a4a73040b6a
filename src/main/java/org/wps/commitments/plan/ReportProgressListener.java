package org.wps.commitments.plan;

import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_DEADLINE;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_ID;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_STATUS;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.EVIDENCE_REFERENCE;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.PROGRESS_NOTE;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.PROGRESS_PCT;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.PROGRESS_STATUS;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.REVISED_DEADLINE;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.REVISION_REASON;
import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.VERIFICATION;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * Completes {@code userTask_reportProgress} ("Report activity progress"): stores the report; a revised deadline
 * (with its reason) moves the activity's deadline, which restarts the deadline watch with new reminders.
 */
@Component("reportProgressListener")
class ReportProgressListener extends FormTaskListener {

    private final ActivityService activities;
    private final PlanDates dates;
    private final CommitmentsProperties properties;

    ReportProgressListener(ActivityService activities, PlanDates dates, CommitmentsProperties properties) {
        this.activities = activities;
        this.dates = dates;
        this.properties = properties;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        ActivityStatus status = input.requiredChoice(PROGRESS_STATUS.name(), "Status", ActivityStatus.class);
        Integer pct = input.requiredInteger(PROGRESS_PCT.name(), "Progress (%)", 0, 100);
        Verification verification =
                input.requiredChoice(VERIFICATION.name(), "Reported or verified", Verification.class);
        String evidence = input.optionalText(EVIDENCE_REFERENCE.name(), "Evidence reference", 300);
        String note = input.optionalText(PROGRESS_NOTE.name(), "Note", 2000);
        LocalDate revised = input.optionalDate(REVISED_DEADLINE.name(), "Revised deadline", properties.timeZone());
        String reason = input.optionalText(REVISION_REASON.name(), "Reason for the new deadline", 1000);
        if (status == ActivityStatus.COMPLETED && pct != null && pct != 100) {
            input.problem(PROGRESS_PCT.name(), "A completed activity is 100% done (you entered " + pct + "%).");
        }
        if (revised != null) {
            if (status != null && status.isFinished()) {
                input.problem(
                        REVISED_DEADLINE.name(),
                        "A " + status.name().toLowerCase() + " activity needs no new deadline.");
            } else if (!revised.isAfter(dates.today())) {
                input.problem(
                        REVISED_DEADLINE.name(),
                        "The revised deadline " + revised + " must be after today (" + dates.today() + ").");
            }
            if (reason == null) {
                input.problem(
                        REVISION_REASON.name(),
                        "Give the reason for the new deadline; it is kept for compliance reporting.");
            }
        }
        input.throwIfInvalid();
        PlanActivity activity = activities.report(
                ACTIVITY_ID.get(task),
                new ActivityService.Progress(status, pct, verification, evidence, note, revised, reason),
                actor);
        ACTIVITY_STATUS.set(task, activity.getStatus().name());
        // a different deadline restarts the watch (conditional_deadlineChanged)
        ACTIVITY_DEADLINE.set(task, dates.startOf(activity.getDeadline()));
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(
                PROGRESS_STATUS,
                PROGRESS_PCT,
                VERIFICATION,
                EVIDENCE_REFERENCE,
                PROGRESS_NOTE,
                REVISED_DEADLINE,
                REVISION_REASON);
    }
}
