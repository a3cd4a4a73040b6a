package org.wps.commitments.commitment;

/**
 * Where a commitment stands (its domain status). The first seven are open stages; the rest are closed outcomes.
 */
public enum CommitmentStage {
    ENGAGEMENT,
    DRAFTING,
    SENIOR_REVIEW,
    CLEARANCE,
    AWAITING_SIGNATURE,
    PLAN_DEVELOPMENT,
    IMPLEMENTATION,
    ABANDONED,
    DECLINED,
    REFUSED,
    /** Signed, but its implementation plan was closed as not feasible on escalation. */
    LAPSED;

    /** True for outcomes after which nothing more is followed in this lifecycle. */
    public boolean isClosed() {
        return this == ABANDONED || this == DECLINED || this == REFUSED || this == LAPSED;
    }
}
