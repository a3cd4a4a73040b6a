package org.wps.commitments.review;

import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.process.ModelFunctions;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/**
 * Whether a monitoring review is due: the lifecycle's review timer fires on the cycle set at signing
 * ({@code reviewCycle}, from {@code commitments.reviews.*}), and the "In implementation?" gateway asks
 * {@link #reviewDue(long)}.
 */
@ModelFunctions
@Component("monitoringSchedule")
public class MonitoringSchedule {

    private final CommitmentsProperties properties;
    private final CommitmentService commitments;
    private final MonitoringReviewRepository reviews;
    private final Deadlines deadlines;

    MonitoringSchedule(
            CommitmentsProperties properties,
            CommitmentService commitments,
            MonitoringReviewRepository reviews,
            Deadlines deadlines) {
        this.properties = properties;
        this.commitments = commitments;
        this.reviews = reviews;
        this.deadlines = deadlines;
    }

    /**
     * Reviews are held while the commitment is in implementation (its plan validated), not before, and once per
     * period: a cycle timer catching up after downtime (several firings on one day) opens one review, not several.
     */
    public boolean reviewDue(long commitmentId) {
        return commitments.get(commitmentId).getStage() == CommitmentStage.IMPLEMENTATION
                && !reviews.existsByCommitmentIdAndPeriodEnd(
                        commitmentId, deadlines.today().minusDays(1));
    }
}
