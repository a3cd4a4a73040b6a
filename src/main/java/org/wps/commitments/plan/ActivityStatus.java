package org.wps.commitments.plan;

/** Where a plan activity stands; "overdue" is not a status but a fact ({@link PlanActivity#getOverdueSince()}). */
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    BLOCKED,
    COMPLETED,
    CANCELLED;

    /** Completed or cancelled: nothing more is followed. */
    public boolean isFinished() {
        return this == COMPLETED || this == CANCELLED;
    }
}
