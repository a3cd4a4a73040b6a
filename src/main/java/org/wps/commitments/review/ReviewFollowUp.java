package org.wps.commitments.review;

/** What follows an endorsed review, as decided by {@code review-outcome.dmn}. */
public enum ReviewFollowUp {
    CONTINUE,
    ESCALATE,
    PROPOSE_CLOSURE
}
