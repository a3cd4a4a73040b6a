package org.wps.commitments.annualreport;

/** Where a mission's annual report input stands. */
enum InputStatus {
    /** The advisers prepare it (again, after a senior adviser returned it). */
    PREPARING,
    /** Waiting for a senior adviser's approval. */
    SUBMITTED,
    /** Approved; its figures are frozen as of the approval and it may be downloaded. */
    APPROVED
}
