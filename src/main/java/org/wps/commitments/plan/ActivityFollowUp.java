package org.wps.commitments.plan;

import static org.wps.commitments.plan.ActivityFollowUpProcess.Variables.ACTIVITY_DEADLINE;

import java.time.LocalDate;
import java.util.function.LongPredicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.commitment.CommitmentAccess;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.TrackerWork;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.process.EngineQueries;
import org.wps.commitments.web.ConflictException;
import org.wps.commitments.web.PreconditionFailedException;

/**
 * Facade of {@code activity-follow-up} for the API: a deadline changed here moves the domain row (keeping the
 * original and the revision with its reason), the report task's due date and every timer of the watch, in one
 * transaction.
 */
@Component
class ActivityFollowUp {

    private final ActivityService activities;
    private final PlanDates dates;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final CommitmentAccess access;

    ActivityFollowUp(
            ActivityService activities,
            PlanDates dates,
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService,
            CommitmentAccess access) {
        this.access = access;
        this.identityService = identityService;
        this.activities = activities;
        this.dates = dates;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** The activity, if the actor works for its mission; otherwise "not found", so ids of other missions stay hidden. */
    @Transactional(readOnly = true)
    public PlanActivity visible(long id, Actor actor) {
        PlanActivity activity = activities.get(id);
        access.requireVisible(activity.getCommitmentId(), actor, "activity " + id, "No plan activity with id " + id);
        return activity;
    }

    @Transactional
    public PlanActivity moveDeadline(long id, LocalDate newDeadline, String reason, Actor actor) {
        return moveDeadline(id, newDeadline, reason, actor, null);
    }

    /**
     * As {@link #moveDeadline(long, LocalDate, String, Actor)}, only if the activity's version is one the caller
     * accepts (its If-Match); otherwise {@link PreconditionFailedException} and nothing changes. A change made
     * by someone else between this check and the commit fails the commit on the activity's version.
     */
    @Transactional
    public PlanActivity moveDeadline(
            long id, LocalDate newDeadline, String reason, Actor actor, LongPredicate acceptedVersion) {
        PlanActivity activity = visible(id, actor);
        if (acceptedVersion != null && !acceptedVersion.test(activity.getVersion())) {
            throw new PreconditionFailedException("Activity " + activity.getCode() + " was changed since you read it "
                    + "(its version is now \"" + activity.getVersion() + "\"), so nothing of your request was saved. "
                    + "Read it again and retry if your change still applies.");
        }
        if (activity.getStatus().isFinished()) {
            throw new InvalidInputException(
                    "deadline",
                    "Activity " + activity.getCode() + " is " + activity.getStatus()
                            + "; its deadline no longer moves.");
        }
        if (activity.getProcessInstanceId() == null) {
            throw new InvalidInputException(
                    "deadline", "Activity " + activity.getCode() + " is not followed yet: its plan is not validated.");
        }
        activities.changeDeadline(id, newDeadline, reason, DeadlineChangeSource.API, actor);
        // the caller's right was checked above (her mission); moving timers is the tracker's own work
        TrackerWork.run(identityService, () -> {
            // the watch restarts on this change (conditional_deadlineChanged) with the new reminders and timers
            runtimeService.setVariable(
                    activity.getProcessInstanceId(), ACTIVITY_DEADLINE.name(), dates.startOf(newDeadline));
            for (Task task : EngineQueries.all(taskService
                    .createTaskQuery()
                    .processInstanceId(activity.getProcessInstanceId())
                    .taskDefinitionKey(ActivityFollowUpProcess.Elements.REPORT_PROGRESS))) {
                try {
                    taskService.setDueDate(task.getId(), dates.startOf(newDeadline));
                } catch (org.camunda.bpm.engine.exception.NotFoundException completedMeanwhile) {
                    // a progress report completed the task since the query above: the change collided with it
                    throw new ConflictException("Activity " + activity.getCode() + " got a progress report at the"
                            + " same time, so nothing of your request was saved. Read it again and retry if your"
                            + " change still applies.");
                }
            }
        });
        return activities.get(id);
    }

    LocalDate today() {
        return dates.today();
    }
}
