package org.wps.commitments.review;

import static org.wps.commitments.review.MonitoringReviewProcess.Variables.ALL_ELEMENTS_FULL;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.ENDORSEMENT;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.ENDORSEMENT_COMMENT;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.OVERALL_COMPLIANCE;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.PREVIOUS_COMPLIANCE;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.RETURN_COMMENT_SHOWN;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_ID;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_STATUS;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.VERIFIED_INCIDENTS;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/**
 * Completes "Endorse monitoring review": endorsed, the review's figures become the inputs of
 * {@code review-outcome.dmn}; returned, the adviser revises it with the comments shown. Whoever prepared the
 * review does not endorse it.
 */
@Component("endorseReviewListener")
class EndorseReviewListener extends FormTaskListener {

    enum Endorsement {
        ENDORSE,
        RETURN
    }

    private final ReviewService reviews;

    EndorseReviewListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        MonitoringReview review = reviews.get(REVIEW_ID.get(task));
        Endorsement endorsement = input.requiredChoice(ENDORSEMENT.name(), "Your decision", Endorsement.class);
        String comment = input.optionalText(ENDORSEMENT_COMMENT.name(), "Comments", 2000);
        if (endorsement == Endorsement.RETURN && comment == null) {
            input.problem(ENDORSEMENT_COMMENT.name(), "Say what to change when returning the review.");
        }
        if (actor.userId().equals(review.getPreparedBy())) {
            input.problem(
                    ENDORSEMENT.name(), "You prepared this review; another senior adviser endorses or returns it.");
        }
        input.throwIfInvalid();
        if (endorsement == Endorsement.RETURN) {
            reviews.returnForChanges(review.getId(), comment);
            REVIEW_STATUS.set(task, ReviewStatus.RETURNED.name());
            RETURN_COMMENT_SHOWN.set(task, comment);
            return;
        }
        reviews.endorse(review.getId(), actor);
        REVIEW_STATUS.set(task, ReviewStatus.ENDORSED.name());
        OVERALL_COMPLIANCE.set(task, review.getOverallCompliance().name());
        PREVIOUS_COMPLIANCE.set(task, reviews.previousCompliance(review));
        VERIFIED_INCIDENTS.set(task, review.getVerifiedIncidents().longValue());
        ALL_ELEMENTS_FULL.set(task, review.allElementsFull());
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(ENDORSEMENT, ENDORSEMENT_COMMENT);
    }
}
