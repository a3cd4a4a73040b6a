package org.wps.commitments.review;

import static org.wps.commitments.process.ProcessVariable.booleanVar;
import static org.wps.commitments.process.ProcessVariable.dateVar;
import static org.wps.commitments.process.ProcessVariable.longVar;
import static org.wps.commitments.process.ProcessVariable.rawVar;
import static org.wps.commitments.process.ProcessVariable.stringVar;

import java.util.Date;
import java.util.List;
import org.wps.commitments.process.ProcessVariable;

/** Descriptor of {@code processes/monitoring-review.bpmn} and {@code processes/review-outcome.dmn}. */
public final class MonitoringReviewProcess {

    public static final String KEY = "monitoring-review";
    public static final String RESOURCE = "processes/monitoring-review.bpmn";
    public static final String OUTCOME_DECISION = "review-outcome";

    private MonitoringReviewProcess() {}

    /** Element ids. */
    public static final class Elements {
        public static final String START = "startEvent_reviewPeriodEnded";
        public static final String OPEN_REVIEW = "serviceTask_openReview";
        public static final String PREPARE_AND_ENDORSE = "subProcess_prepareReview";
        public static final String PREPARE_REVIEW = "userTask_prepareReview";
        public static final String REVIEW_DUE_SOON = "timer_reviewDueSoon";
        public static final String REMIND_REVIEW_DUE = "serviceTask_remindReviewDue";
        public static final String ENDORSE_REVIEW = "userTask_endorseReview";
        public static final String ENDORSEMENT_OVERDUE = "timer_endorsementOverdue";
        public static final String REMIND_ENDORSEMENT_OVERDUE = "serviceTask_remindEndorsementOverdue";
        public static final String REVIEW_ENDORSED_GATEWAY = "gateway_reviewEndorsed";
        public static final String REVIEW_MISSED = "timer_reviewMissed";
        public static final String ESCALATE_MISSED_REVIEW = "callActivity_escalateMissedReview";
        public static final String REVIEW_SUBMITTED_DURING_ESCALATION = "conditional_reviewSubmitted";
        public static final String MISSED_REVIEW_ESCALATION_NO_LONGER_NEEDED =
                "endEvent_missedReviewEscalationNoLongerNeeded";
        public static final String APPLY_MISSED_REVIEW_DECISION = "serviceTask_applyMissedReviewDecision";
        public static final String REVIEW_NOT_HELD = "endEvent_reviewNotHeld";
        public static final String REVIEW_NO_LONGER_LATE = "endEvent_reviewNoLongerLate";
        public static final String ACCEPTED_REVIEW_DEADLINE_PASSED = "timer_acceptedReviewDeadlinePassed";
        public static final String DECIDE_FOLLOW_UP = "businessRuleTask_decideFollowUp";
        public static final String RECORD_FOLLOW_UP = "serviceTask_recordFollowUp";
        public static final String REVIEW_COMPLETED = "endEvent_reviewCompleted";
        public static final String CLOSURE_PROPOSED = "endEvent_closureProposed";
        public static final String ESCALATE_REVIEW_OUTCOME = "callActivity_escalateReviewOutcome";
        public static final String APPLY_REVIEW_OUTCOME_DECISION = "serviceTask_applyReviewOutcomeDecision";
        public static final String REVIEW_ESCALATED = "endEvent_reviewEscalated";

        public static final List<String> USER_TASKS = List.of(PREPARE_REVIEW, ENDORSE_REVIEW);

        private Elements() {}
    }

    /** Variables. */
    public static final class Variables {
        public static final ProcessVariable<Long> REVIEW_ID = longVar("reviewId");
        public static final ProcessVariable<String> REVIEW_STATUS = stringVar("reviewStatus");
        public static final ProcessVariable<Date> REVIEW_DUE_DATE = dateVar("reviewDueDate");
        public static final ProcessVariable<Date> REVIEW_REMINDER_DATE = dateVar("reviewReminderDate");
        public static final ProcessVariable<Date> ENDORSE_DUE_DATE = dateVar("endorseDueDate");
        /** Shown by the forms: the period and the elements this commitment has (so only those are rated). */
        public static final ProcessVariable<String> REVIEW_PERIOD = stringVar("reviewPeriod");

        public static final ProcessVariable<String> ELEMENTS_TO_RATE = stringVar("elementsToRate");
        public static final ProcessVariable<String> RETURN_COMMENT_SHOWN = stringVar("reviewReturnComment");

        // inputs of review-outcome.dmn, set when the review is endorsed
        public static final ProcessVariable<String> OVERALL_COMPLIANCE = stringVar("overallCompliance");
        public static final ProcessVariable<String> PREVIOUS_COMPLIANCE = stringVar("previousCompliance");
        public static final ProcessVariable<Long> VERIFIED_INCIDENTS = longVar("verifiedIncidents");
        public static final ProcessVariable<Boolean> ALL_ELEMENTS_FULL = booleanVar("allElementsFull");
        /** The decision's single result: followUp, escalationLevel, flagForAnnualReport. */
        public static final ProcessVariable<Object> REVIEW_OUTCOME = rawVar("reviewOutcome");
        /** Read by the lifecycle after the review: CONTINUE, ESCALATE or PROPOSE_CLOSURE. */
        public static final ProcessVariable<String> REVIEW_FOLLOW_UP = stringVar("reviewFollowUp");
        /** The ladder's first level for an escalated outcome. */
        public static final ProcessVariable<Long> START_LEVEL = longVar("startLevel");

        // prepare-review form (ratings are "rating" + the element's name, e.g. ratingINVESTIGATIONS)
        public static final String RATING_PREFIX = "rating";
        public static final ProcessVariable<Object> INCIDENTS_VERIFIED = rawVar("incidentsVerified");
        public static final ProcessVariable<Object> INVESTIGATIONS_OPENED = rawVar("investigationsOpened");
        public static final ProcessVariable<String> MARA_REFERENCE = stringVar("maraReference");
        public static final ProcessVariable<String> RECOMMENDATIONS = stringVar("recommendations");
        public static final ProcessVariable<String> REVIEW_SENSITIVITY = stringVar("reviewSensitivity");
        public static final ProcessVariable<String> OVERALL_COMPLIANCE_FIELD = stringVar("complianceRating");
        // endorse-review form
        public static final ProcessVariable<String> ENDORSEMENT = stringVar("endorsement");
        public static final ProcessVariable<String> ENDORSEMENT_COMMENT = stringVar("endorsementComment");

        private Variables() {}
    }
}
