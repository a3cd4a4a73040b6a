package org.wps.commitments.commitment;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/** The due dates of the lifecycle's stages, from {@code commitments.timers.*} and {@code commitments.deadlines.*}. */
@Component
class StageDeadlines {

    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    StageDeadlines(Deadlines deadlines, CommitmentsProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** When the work of {@code stage} is due, for this commitment; null for stages without due work. */
    Instant stageDueDate(CommitmentStage stage, Commitment commitment) {
        var timers = properties.timers();
        var due = properties.deadlines();
        return switch (stage) {
            case ENGAGEMENT -> deadlines.fromNow(timers.engagementStalledAfter());
            case DRAFTING -> deadlines.fromNow(due.drafting());
            case SENIOR_REVIEW -> deadlines.fromNow(due.seniorReview());
            case CLEARANCE -> deadlines.fromNow(due.clearance());
            case AWAITING_SIGNATURE -> deadlines.startOf(commitment.getTargetSigningDate());
            case PLAN_DEVELOPMENT -> deadlines.startOf(commitment.getSignedOn().plus(timers.planWarningAfter()));
            default -> null;
        };
    }

    /** When senior advisers take up a signature still missing after the target date. */
    Instant signatureEscalationDate(Commitment commitment) {
        return deadlines.startOf(
                commitment.getTargetSigningDate().plus(properties.timers().signatureEscalationAfter()));
    }
}
