package org.wps.commitments.review;

import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_ID;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.concern.ComplianceConcern;
import org.wps.commitments.concern.ComplianceConcernService;

/**
 * Describes a review's tasks in Tasklist: the commitment and period, the elements to rate, the concerns
 * reported in the period, the previous compliance and, for the endorser, what was submitted.
 */
@Component("describeReviewTaskListener")
class DescribeReviewTaskListener implements TaskListener {

    private final ReviewService reviews;
    private final CommitmentService commitments;
    private final ComplianceConcernService concerns;

    DescribeReviewTaskListener(
            ReviewService reviews, CommitmentService commitments, ComplianceConcernService concerns) {
        this.reviews = reviews;
        this.commitments = commitments;
        this.concerns = concerns;
    }

    @Override
    public void notify(DelegateTask task) {
        MonitoringReview review = reviews.get(REVIEW_ID.get(task));
        Commitment commitment = commitments.get(review.getCommitmentId());
        var reported = concerns.reportedBetween(commitment.getId(), review.getPeriodStart(), review.getPeriodEnd());
        StringBuilder text = new StringBuilder()
                .append("Monitoring review of ")
                .append(commitment.getReference())
                .append(" (")
                .append(commitment.getPartyCode())
                .append(") for ")
                .append(review.periodLabel())
                .append(", due ")
                .append(review.getDueDate())
                .append(". Elements: ")
                .append(
                        commitment.getElements().isEmpty()
                                ? "none recorded"
                                : commitment.getElements().stream()
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", ")))
                .append(". Compliance concerns reported in the period: ")
                .append(reported.size());
        if (!reported.isEmpty()) {
            text.append(" (")
                    .append(reported.stream()
                            .map(ComplianceConcern::getReference)
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        text.append(". Previous review: ")
                .append(reviews.previousCompliance(review))
                .append('.');
        if (review.getStatus() == ReviewStatus.SUBMITTED) {
            text.append(" Submitted by ")
                    .append(review.getPreparedBy())
                    .append(": overall ")
                    .append(review.getOverallCompliance())
                    .append("; ratings ")
                    .append(review.getRatings())
                    .append("; UN-verified incidents ")
                    .append(review.getVerifiedIncidents())
                    .append(", investigations opened ")
                    .append(review.getInvestigationsOpened())
                    .append(" (")
                    .append(review.getMaraReference())
                    .append(")");
            if (review.getRecommendations() != null) {
                text.append("; recommendations: ").append(review.getRecommendations());
            }
            text.append('.');
        } else if (review.getStatus() == ReviewStatus.RETURNED) {
            text.append(" Returned with comments: ").append(review.getReturnComment());
        }
        task.setDescription(text.length() > 4000 ? text.substring(0, 3999) + "…" : text.toString());
    }
}
