package org.wps.commitments.closure;

import org.wps.commitments.commitment.CommitmentStage;

/** The outcome of a final compliance assessment. */
enum ClosureDecision {
    CONTINUE_MONITORING(null),
    FULFILLED(CommitmentStage.FULFILLED),
    SUPERSEDED(CommitmentStage.SUPERSEDED),
    LAPSED(CommitmentStage.LAPSED),
    ABANDONED(CommitmentStage.ABANDONED);

    private final CommitmentStage closedAs;

    ClosureDecision(CommitmentStage closedAs) {
        this.closedAs = closedAs;
    }

    /** The closed stage, or null when monitoring continues. */
    public CommitmentStage closedAs() {
        return closedAs;
    }
}
