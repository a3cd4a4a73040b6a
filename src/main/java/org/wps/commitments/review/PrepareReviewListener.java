package org.wps.commitments.review;

import static org.wps.commitments.review.MonitoringReviewProcess.Variables.ENDORSE_DUE_DATE;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.INCIDENTS_VERIFIED;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.INVESTIGATIONS_OPENED;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.MARA_REFERENCE;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.OVERALL_COMPLIANCE_FIELD;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.RATING_PREFIX;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.RECOMMENDATIONS;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_ID;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_SENSITIVITY;
import static org.wps.commitments.review.MonitoringReviewProcess.Variables.REVIEW_STATUS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/**
 * Completes "Prepare monitoring review": a rating for every element of the commitment, the overall compliance,
 * the period's aggregate indicators with the MARA reference they come from, recommendations and sensitivity.
 */
@Component("prepareReviewListener")
class PrepareReviewListener extends FormTaskListener {

    /** An opaque MARA reference: letters, digits and . _ / - only. */
    static final Pattern MARA_REFERENCE_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{2,63}");

    private final ReviewService reviews;
    private final CommitmentService commitments;
    private final ReviewDates dates;

    PrepareReviewListener(ReviewService reviews, CommitmentService commitments, ReviewDates dates) {
        this.reviews = reviews;
        this.commitments = commitments;
        this.dates = dates;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        MonitoringReview review = reviews.get(REVIEW_ID.get(task));
        Map<CommitmentElement, ElementRating> ratings = new EnumMap<>(CommitmentElement.class);
        for (CommitmentElement element :
                commitments.get(review.getCommitmentId()).getElements()) {
            ElementRating rating = input.requiredChoice(
                    RATING_PREFIX + element.name(), "Rating of " + label(element), ElementRating.class);
            if (rating != null) {
                ratings.put(element, rating);
            }
        }
        OverallCompliance overall =
                input.requiredChoice(OVERALL_COMPLIANCE_FIELD.name(), "Overall compliance", OverallCompliance.class);
        Integer incidents = input.requiredInteger(
                INCIDENTS_VERIFIED.name(), "UN-verified incidents attributed in the period", 0, 100_000);
        Integer investigations =
                input.requiredInteger(INVESTIGATIONS_OPENED.name(), "Investigations opened", 0, 100_000);
        String mara = input.requiredCode(MARA_REFERENCE.name(), "MARA reference", 64);
        if (mara != null && !MARA_REFERENCE_SHAPE.matcher(mara).matches()) {
            input.problem(
                    MARA_REFERENCE.name(),
                    "MARA reference must be an opaque reference such as MARA-UNMISS-2026-Q3 (letters, digits and "
                            + ". _ / - only): the figures stay in MARA, the tracker keeps where they come from.");
        }
        String recommendations = input.optionalText(RECOMMENDATIONS.name(), "Recommendations", 2000);
        Sensitivity sensitivity = input.requiredChoice(REVIEW_SENSITIVITY.name(), "Sensitivity", Sensitivity.class);
        input.throwIfInvalid();
        reviews.submit(
                review.getId(),
                new ReviewService.Submission(
                        ratings, overall, incidents, investigations, mara, recommendations, sensitivity),
                actor);
        REVIEW_STATUS.set(task, ReviewStatus.SUBMITTED.name());
        ENDORSE_DUE_DATE.set(task, dates.endorsementDue());
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        List<ProcessVariable<?>> consumed = new ArrayList<>(List.of(
                OVERALL_COMPLIANCE_FIELD,
                INCIDENTS_VERIFIED,
                INVESTIGATIONS_OPENED,
                MARA_REFERENCE,
                RECOMMENDATIONS,
                REVIEW_SENSITIVITY));
        for (CommitmentElement element : CommitmentElement.values()) {
            consumed.add(ProcessVariable.rawVar(RATING_PREFIX + element.name()));
        }
        return consumed;
    }

    private static String label(CommitmentElement element) {
        String words = element.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
