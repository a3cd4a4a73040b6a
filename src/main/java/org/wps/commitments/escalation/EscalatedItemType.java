package org.wps.commitments.escalation;

/** The kinds of late work that climb the escalation ladder. */
public enum EscalatedItemType {
    /** A plan activity past its deadline. */
    ACTIVITY,
    /** No validated implementation plan long after signing. */
    PLAN_DRAFTING,
    /** A cleared text still unsigned long after its target signing date. */
    SIGNATURE,
    /** No engagement with the party recorded for too long. */
    STALLED_ENGAGEMENT,
    /** A monitoring review not submitted by its due date. */
    REVIEW_MISSED,
    /** An endorsed monitoring review whose outcome review-outcome.dmn escalates. */
    REVIEW_OUTCOME
}
