package org.wps.commitments.review;

import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_FOLLOW_UP;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_ID;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_OUTCOME;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.START_LEVEL;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_recordFollowUp}: keeps what {@code review-outcome.dmn} decided with the review (its
 * follow-up and the annual-report flag) and tells the gateway and the ladder what follows.
 */
@Component("recordReviewFollowUpDelegate")
class RecordReviewFollowUpDelegate implements JavaDelegate {

    private final ReviewService reviews;

    RecordReviewFollowUpDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(REVIEW_OUTCOME.get(execution) instanceof Map<?, ?> outcome)) {
            throw new IllegalStateException("review-outcome.dmn gave no single result");
        }
        ReviewFollowUp followUp = ReviewFollowUp.valueOf(String.valueOf(outcome.get("followUp")));
        boolean flagged = Boolean.TRUE.equals(outcome.get("flagForAnnualReport"));
        reviews.recordFollowUp(REVIEW_ID.get(execution), followUp, flagged);
        REVIEW_FOLLOW_UP.set(execution, followUp.name());
        if (followUp == ReviewFollowUp.ESCALATE) {
            Object level = outcome.get("escalationLevel");
            if (!(level instanceof Number number)) {
                throw new IllegalStateException("review-outcome.dmn escalates without a level");
            }
            START_LEVEL.set(execution, number.longValue());
        }
    }
}
