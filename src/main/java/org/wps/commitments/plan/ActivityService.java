package org.wps.commitments.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.time.Deadlines;
import org.wps.commitments.web.NotFoundException;

/** Plan activities: progress reports, deadline changes, overdue marks. Called in the engine's transaction. */
@Service
@Transactional
public class ActivityService {

    private final PlanActivityRepository activities;
    private final ProgressReportRepository reports;
    private final DeadlineChangeRepository changes;
    private final Deadlines deadlines;
    private final EntityManager entityManager;

    ActivityService(
            PlanActivityRepository activities,
            ProgressReportRepository reports,
            DeadlineChangeRepository changes,
            Deadlines deadlines,
            EntityManager entityManager) {
        this.activities = activities;
        this.reports = reports;
        this.changes = changes;
        this.deadlines = deadlines;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public PlanActivity get(long id) {
        return activities.findById(id).orElseThrow(() -> new NotFoundException("No plan activity with id " + id));
    }

    public PlanActivity linkProcessInstance(long id, String processInstanceId) {
        PlanActivity activity = get(id);
        activity.linkProcessInstance(processInstanceId);
        return activity;
    }

    public PlanActivity report(long id, Progress progress, Actor actor) {
        PlanActivity activity = changing(id);
        reports.save(new ProgressReport(
                id,
                progress.status(),
                progress.pct(),
                progress.verification(),
                progress.evidenceReference(),
                progress.note(),
                actor.userId(),
                deadlines.now()));
        activity.report(progress.status(), progress.pct(), progress.verification(), deadlines.now());
        if (progress.revisedDeadline() != null && !progress.revisedDeadline().equals(activity.getDeadline())) {
            changeDeadline(
                    id,
                    progress.revisedDeadline(),
                    progress.revisionReason(),
                    DeadlineChangeSource.PROGRESS_REPORT,
                    actor);
        }
        return activity;
    }

    /** Moves the deadline, keeping the original and every revision with its reason. */
    public PlanActivity changeDeadline(
            long id, LocalDate newDeadline, String reason, DeadlineChangeSource source, Actor actor) {
        PlanActivity activity = changing(id);
        changes.save(new DeadlineChange(
                id, activity.getDeadline(), newDeadline, reason, source, actor.userId(), deadlines.now()));
        activity.moveDeadline(newDeadline);
        return activity;
    }

    /**
     * The activity, whose version grows when this transaction commits even if no column of its own changes (a
     * report or revision is a row of its own): two reports or deadline changes made from the same read cannot
     * both commit, and a client's If-Match sees every change.
     */
    private PlanActivity changing(long id) {
        PlanActivity activity = get(id);
        entityManager.lock(activity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return activity;
    }

    public PlanActivity markOverdue(long id) {
        PlanActivity activity = get(id);
        activity.markOverdue(activity.getDeadline());
        return activity;
    }

    public void escalatedTo(long id, int level) {
        get(id).escalatedTo(level);
    }

    public void reminded(long id) {
        get(id).reminded(deadlines.now());
    }

    /** Cancels every activity of the commitment not yet completed or cancelled: the commitment was closed. */
    public int cancelOpenOf(long commitmentId, String note) {
        int cancelled = 0;
        for (PlanActivity activity : activities.findByCommitmentIdOrderByIdAsc(commitmentId)) {
            if (!activity.getStatus().isFinished()) {
                cancelAsNotFeasible(activity.getId(), note);
                cancelled++;
            }
        }
        return cancelled;
    }

    public PlanActivity cancelAsNotFeasible(long id, String note) {
        PlanActivity activity = get(id);
        activity.cancelAsNotFeasible(note, deadlines.now());
        return activity;
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> reportsOf(long id) {
        return reports.findByActivityIdOrderByReportedAtAscIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<DeadlineChange> deadlineChangesOf(long id) {
        return changes.findByActivityIdOrderByChangedAtAscIdAsc(id);
    }

    /** A checked progress report. */
    public record Progress(
            ActivityStatus status,
            int pct,
            Verification verification,
            String evidenceReference,
            String note,
            LocalDate revisedDeadline,
            String revisionReason) {}
}
