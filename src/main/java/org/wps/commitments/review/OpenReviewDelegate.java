package org.wps.commitments.review;

import static org.wps.commitments.review.MonitoringReviewProcess.Variables.ELEMENTS_TO_RATE;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_DUE_DATE;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_ID;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_PERIOD;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_REMINDER_DATE;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_STATUS;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.commitment.CommitmentService;

/** {@code serviceTask_openReview}: records the review of the period that just ended, and its dates. */
@Component("openReviewDelegate")
class OpenReviewDelegate implements JavaDelegate {

    private final ReviewService reviews;
    private final CommitmentService commitments;
    private final ReviewDates dates;

    OpenReviewDelegate(ReviewService reviews, CommitmentService commitments, ReviewDates dates) {
        this.reviews = reviews;
        this.commitments = commitments;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long commitmentId = CommitmentLifecycleProcess.Variables.COMMITMENT_ID.get(execution);
        MonitoringReview review = reviews.open(commitmentId, execution.getProcessInstanceId());
        REVIEW_ID.set(execution, review.getId());
        REVIEW_STATUS.set(execution, review.getStatus().name());
        REVIEW_DUE_DATE.set(execution, dates.due(review));
        REVIEW_REMINDER_DATE.set(execution, dates.reminder(review));
        REVIEW_PERIOD.set(execution, review.periodLabel());
        ELEMENTS_TO_RATE.set(
                execution,
                // comma-fenced, so the form's FEEL contains() matches whole names only
                commitments.get(commitmentId).getElements().stream()
                        .map(Enum::name)
                        .collect(Collectors.joining(",", ",", ",")));
    }
}
