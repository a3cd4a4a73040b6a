package org.wps.commitments.review;

/** Where a monitoring review stands. */
public enum ReviewStatus {
    /** Opened at the end of its period; the adviser prepares it. */
    DUE,
    /** Submitted for endorsement. */
    SUBMITTED,
    /** Returned by the senior adviser with comments; the adviser revises it. */
    RETURNED,
    /** Endorsed: its follow-up has been decided. */
    ENDORSED,
    /** Not held: closed as not feasible on escalation, or the commitment closed first. */
    NOT_HELD;

    /** True while the adviser still owes the review (the missed-review escalation keeps climbing). */
    public boolean isOwed() {
        return this == DUE || this == RETURNED;
    }
}
