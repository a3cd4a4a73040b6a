package org.wps.commitments.closure;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentDecision;
import org.wps.commitments.commitment.CommitmentDecisionRepository;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.concern.ComplianceConcernService;
import org.wps.commitments.escalation.EscalationService;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.plan.ActivityService;
import org.wps.commitments.process.ModelFunctions;
import org.wps.commitments.review.ReviewService;

/**
 * The final compliance assessment and the closing of a commitment. The "Assessment already open?" gateway asks
 * {@link #isOpen(long)}; closing cancels in the domain what the engine cancels in the processes: open
 * activities, reviews, concerns and escalation levels, each with the reason.
 */
@ModelFunctions
@Component("closureAssessments")
@Transactional
public class ClosureAssessments {

    private final CommitmentService commitments;
    private final CommitmentDecisionRepository decisions;
    private final ActivityService activities;
    private final ReviewService reviews;
    private final ComplianceConcernService concerns;
    private final EscalationService escalations;

    ClosureAssessments(
            CommitmentService commitments,
            CommitmentDecisionRepository decisions,
            ActivityService activities,
            ReviewService reviews,
            ComplianceConcernService concerns,
            EscalationService escalations) {
        this.commitments = commitments;
        this.decisions = decisions;
        this.activities = activities;
        this.reviews = reviews;
        this.concerns = concerns;
        this.escalations = escalations;
    }

    /** True while a final compliance assessment of the commitment waits for its decision. */
    @Transactional(readOnly = true)
    public boolean isOpen(long commitmentId) {
        return commitments.get(commitmentId).getClosureProposedAt() != null;
    }

    public void open(long commitmentId) {
        commitments.proposeClosure(commitmentId);
    }

    /** Records the assessment; closing is done by {@link #close(long)} in the next step of the process. */
    public void record(long commitmentId, ClosureDecision decision, String reason, String successor, Actor actor) {
        commitments.recordDecision(
                commitmentId, CommitmentDecision.Step.FINAL_ASSESSMENT, decision.name(), reason, actor);
        if (decision == ClosureDecision.CONTINUE_MONITORING) {
            commitments.keepOpen(commitmentId);
        } else if (decision == ClosureDecision.SUPERSEDED) {
            commitments.nameSuccessor(commitmentId, successor);
        }
    }

    /** Closes the commitment as its last final assessment decided. */
    public Commitment close(long commitmentId) {
        List<CommitmentDecision> all = decisions.findByCommitmentIdOrderByDecidedAtAscIdAsc(commitmentId);
        CommitmentDecision last = all.stream()
                .filter(d -> d.getStep() == CommitmentDecision.Step.FINAL_ASSESSMENT)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No final assessment for commitment " + commitmentId));
        ClosureDecision decision = ClosureDecision.valueOf(last.getDecision());
        if (decision.closedAs() == null) {
            throw new IllegalStateException("The last final assessment kept commitment " + commitmentId + " open");
        }
        return commitments.closeAfterAssessment(commitmentId, decision.closedAs(), last.getComment());
    }

    /** Cancels the commitment's open work in the domain; returns the stage it was closed as. */
    public CommitmentStage closeOpenWork(long commitmentId) {
        Commitment commitment = commitments.get(commitmentId);
        String note = "Commitment " + commitment.getReference() + " closed as "
                + commitment.getStage().name().toLowerCase(Locale.ROOT);
        activities.cancelOpenOf(commitmentId, note);
        reviews.closeOpen(commitmentId, note);
        concerns.closeOpen(commitmentId);
        escalations.closeOpenOfCommitment(commitmentId, note);
        return commitment.getStage();
    }
}
