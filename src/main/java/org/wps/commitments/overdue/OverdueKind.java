package org.wps.commitments.overdue;

/** What a row of the overdue view is about. */
public enum OverdueKind {
    /** An open commitment whose current stage is past its due date (e.g. no signature by the target date). */
    COMMITMENT,
    /** A plan activity past its deadline and neither completed nor cancelled. */
    ACTIVITY,
    /** An open level of the escalation ladder whose decision is past due. */
    ESCALATION,
    /** A monitoring review still owed (due or returned) past its due date. */
    REVIEW,
    /** A compliance concern whose assessment, or the decision of the group it was referred to, is past due. */
    CONCERN
}
