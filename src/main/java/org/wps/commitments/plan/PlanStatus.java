package org.wps.commitments.plan;

/** Where an implementation plan stands. */
public enum PlanStatus {
    /** The adviser is drafting it (again, after it was returned). */
    DRAFTING,
    /** Waiting for a senior adviser's validation. */
    SUBMITTED,
    /** Validated; its activities are followed. */
    VALIDATED,
    /** Every activity is completed or cancelled. */
    COMPLETED,
    /** Closed on escalation: no plan can be obtained. */
    NOT_FEASIBLE
}
