package org.wps.commitments.closure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.concern.ComplianceConcernService;
import org.wps.commitments.review.ReviewService;
import org.wps.commitments.time.Deadlines;

/** Describes "Assess final compliance" in Tasklist: the last endorsed review and the concerns recorded. */
@Component("describeFinalAssessmentListener")
class DescribeFinalAssessmentListener implements TaskListener {

    private final CommitmentService commitments;
    private final ReviewService reviews;
    private final ComplianceConcernService concerns;
    private final Deadlines deadlines;

    DescribeFinalAssessmentListener(
            CommitmentService commitments,
            ReviewService reviews,
            ComplianceConcernService concerns,
            Deadlines deadlines) {
        this.deadlines = deadlines;
        this.commitments = commitments;
        this.reviews = reviews;
        this.concerns = concerns;
    }

    @Override
    public void notify(DelegateTask task) {
        Commitment c = commitments.get(CommitmentLifecycleProcess.Variables.COMMITMENT_ID.get(task));
        StringBuilder text = new StringBuilder("Final compliance assessment of ")
                .append(c.getReference())
                .append(" (")
                .append(c.getPartyCode())
                .append("), signed ")
                .append(c.getSignedOn())
                .append(", now ")
                .append(c.getStage())
                .append(". ");
        reviews.latestEndorsed(c.getId())
                .ifPresentOrElse(
                        r -> text.append("Last endorsed review (")
                                .append(r.periodLabel())
                                .append("): ")
                                .append(r.getOverallCompliance())
                                .append(", ratings ")
                                .append(r.getRatings())
                                .append(". "),
                        () -> text.append("No review endorsed yet. "));
        long concernCount = concerns.reportedBetween(c.getId(), c.getSignedOn(), deadlines.today())
                .size();
        text.append("Compliance concerns since signing: ").append(concernCount).append('.');
        task.setDescription(text.toString());
    }
}
