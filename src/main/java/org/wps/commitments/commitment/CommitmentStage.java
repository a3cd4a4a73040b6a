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
    /**
     * Signed, but lapsed: its implementation plan was closed as not feasible on escalation, or the final
     * assessment found the party dissolved or the mission closed.
     */
    LAPSED,
    /** The final compliance assessment found the commitment implemented. */
    FULFILLED,
    /** Replaced by a later commitment (e.g. the 2012 CAR joint communiqué by that of 2019). */
    SUPERSEDED;

    /** True for outcomes after which nothing more is followed in this lifecycle. */
    public boolean isClosed() {
        return this == ABANDONED
                || this == DECLINED
                || this == REFUSED
                || this == LAPSED
                || this == FULFILLED
                || this == SUPERSEDED;
    }
}
