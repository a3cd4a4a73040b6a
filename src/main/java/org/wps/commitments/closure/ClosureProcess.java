package org.wps.commitments.closure;

import static org.wps.commitments.process.ProcessVariable.dateVar;
import static org.wps.commitments.process.ProcessVariable.stringVar;

import java.util.Date;
import org.wps.commitments.process.ProcessVariable;

/** Element ids and variables of the lifecycle's final compliance assessment and closure. */
public final class ClosureProcess {

    private ClosureProcess() {}

    /** Element ids in commitment-lifecycle.bpmn. */
    public static final class Elements {
        public static final String IMPLEMENTATION = "subProcess_implementation";
        public static final String IMPLEMENTATION_STARTED = "startEvent_implementationStarted";
        public static final String PLAN_NOT_FEASIBLE = "endEvent_planNotFeasible";
        public static final String JOIN_CLOSURE_ASSESSMENT = "gateway_joinClosureAssessment";
        public static final String CLOSURE_ASSESSMENT_DUE_THROWN = "throwEvent_closureAssessmentDue";
        public static final String REASSESSMENT_DUE = "timer_reassessmentDue";
        public static final String CLOSURE_ASSESSMENT_DUE = "startEvent_closureAssessmentDue";
        public static final String ASSESSMENT_ALREADY_OPEN_GATEWAY = "gateway_assessmentAlreadyOpen";
        public static final String ASSESSMENT_ALREADY_OPEN = "endEvent_assessmentAlreadyOpen";
        public static final String OPEN_FINAL_ASSESSMENT = "serviceTask_openFinalAssessment";
        public static final String ASSESS_FINAL_COMPLIANCE = "userTask_assessFinalCompliance";
        public static final String FINAL_ASSESSMENT_OVERDUE = "timer_finalAssessmentOverdue";
        public static final String REMIND_FINAL_ASSESSMENT = "serviceTask_remindFinalAssessment";
        public static final String FINAL_ASSESSMENT_REMINDER_SENT = "endEvent_finalAssessmentReminderSent";
        public static final String CLOSE_COMMITMENT_GATEWAY = "gateway_closeCommitment";
        public static final String MONITORING_CONTINUES = "endEvent_monitoringContinues";
        public static final String CLOSE_COMMITMENT = "serviceTask_closeCommitment";
        public static final String COMMITMENT_CLOSED = "endEvent_commitmentClosed";
        public static final String COMMITMENT_CLOSED_CAUGHT = "boundary_commitmentClosed";
        public static final String CLOSE_OPEN_WORK = "serviceTask_closeOpenWork";
        public static final String CLOSED_AS_GATEWAY = "gateway_closedAs";
        public static final String COMMITMENT_LAPSED = "endEvent_commitmentLapsed";
        public static final String COMMITMENT_FULFILLED = "endEvent_commitmentFulfilled";
        public static final String COMMITMENT_SUPERSEDED = "endEvent_commitmentSuperseded";
        public static final String COMMITMENT_CLOSED_AS_ABANDONED = "endEvent_commitmentClosedAsAbandoned";

        // monitoring review event sub-process
        public static final String REVIEW_PERIOD_ENDED = "startEvent_reviewPeriodEnded";
        public static final String REVIEW_DUE_GATEWAY = "gateway_reviewDue";
        public static final String NO_REVIEW_YET = "endEvent_noReviewYet";
        public static final String MONITORING_REVIEW = "callActivity_monitoringReview";
        public static final String CLOSURE_PROPOSED_GATEWAY = "gateway_closureProposed";
        public static final String REVIEW_DONE = "endEvent_reviewDone";
        public static final String CLOSURE_PROPOSED_BY_REVIEW = "endEvent_closureProposedByReview";

        private Elements() {}
    }

    /** Variables. */
    public static final class Variables {
        public static final ProcessVariable<Date> FINAL_ASSESSMENT_DUE = dateVar("finalAssessmentDue");
        public static final ProcessVariable<String> CLOSURE_DECISION = stringVar("closureDecision");
        public static final ProcessVariable<String> CLOSED_AS = stringVar("closedAs");
        // assess-final-compliance form
        public static final ProcessVariable<String> CLOSURE_REASON = stringVar("closureReason");
        public static final ProcessVariable<String> SUCCESSOR_REFERENCE = stringVar("successorReference");

        private Variables() {}
    }
}
