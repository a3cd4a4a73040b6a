package org.wps.commitments.review;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.commitment.Deadlines;
import org.wps.commitments.process.ModelFunctions;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * The monitoring cycle of a signed commitment ({@code commitments.reviews.*}): the lifecycle's review timer and
 * the final-assessment reassessment timer read the variables set here when the commitment is signed; the
 * "In implementation?" gateway asks {@link #reviewDue(long)}.
 */
@ModelFunctions
@Component("monitoringSchedule")
public class MonitoringSchedule {

    /** The review timer cycle of the lifecycle's "Monitoring review" event sub-process. */
    public static final ProcessVariable<String> REVIEW_CYCLE = ProcessVariable.stringVar("reviewCycle");
    /** How long after a proposed final assessment it is proposed again while the commitment stays open. */
    public static final ProcessVariable<String> REASSESS_AFTER = ProcessVariable.stringVar("reassessAfter");

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

    /** Sets the timers' variables on the lifecycle instance, once the commitment is signed. */
    public void applyTo(VariableScope lifecycle) {
        REVIEW_CYCLE.set(lifecycle, properties.reviews().cycle());
        REASSESS_AFTER.set(lifecycle, properties.reviews().reassessAfter().toString());
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
