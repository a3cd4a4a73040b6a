package org.wps.commitments.commitment;

import static org.wps.commitments.process.ProcessVariable.dateVar;
import static org.wps.commitments.process.ProcessVariable.longVar;
import static org.wps.commitments.process.ProcessVariable.rawVar;
import static org.wps.commitments.process.ProcessVariable.stringVar;

import java.util.Date;
import java.util.List;
import org.wps.commitments.process.ProcessVariable;

/**
 * Descriptor of {@code processes/commitment-lifecycle.bpmn}: the one place in Java that names its key,
 * element ids and variables.
 */
public final class CommitmentLifecycleProcess {

    public static final String KEY = "commitment-lifecycle";
    public static final String RESOURCE = "processes/commitment-lifecycle.bpmn";

    private CommitmentLifecycleProcess() {}

    /** Element ids, for tests and for code that must address an element. */
    public static final class Elements {
        // main path
        public static final String START = "startEvent_commitmentOpened";
        public static final String OPEN_COMMITMENT = "serviceTask_openCommitment";
        public static final String JOIN_ENGAGEMENT = "gateway_joinEngagement";
        public static final String RECORD_ENGAGEMENT = "userTask_recordEngagement";
        public static final String ENGAGEMENT_DECISION_GATEWAY = "gateway_engagementDecision";
        public static final String JOIN_DRAFTING = "gateway_joinDrafting";
        public static final String DRAFT_TEXT = "userTask_draftText";
        public static final String REVIEW_DRAFT = "userTask_reviewDraft";
        public static final String REVIEW_DECISION_GATEWAY = "gateway_reviewDecision";
        public static final String CLEAR_TEXT = "userTask_clearText";
        public static final String CLEARANCE_DECISION_GATEWAY = "gateway_clearanceDecision";
        public static final String RECORD_SIGNING = "userTask_recordSigning";
        public static final String SIGNING_OUTCOME_GATEWAY = "gateway_signingOutcome";
        /** Calls {@code implementation-plan}: the plan is drafted, validated and followed there. */
        public static final String IMPLEMENTATION_PLAN = "callActivity_implementationPlan";

        public static final String PLAN_OUTCOME_GATEWAY = "gateway_planOutcome";

        // outcomes of the main path (terminate end events)
        public static final String COMMITMENT_LAPSED = "endEvent_commitmentLapsed";
        public static final String COMMITMENT_ABANDONED = "endEvent_commitmentAbandoned";
        public static final String COMMITMENT_DECLINED = "endEvent_commitmentDeclined";
        public static final String SIGNING_REFUSED = "endEvent_signingRefused";

        // reminders: non-interrupting timers, the reminder task each one starts and the end of that branch
        public static final String DRAFT_OVERDUE = "timer_draftOverdue";
        public static final String REMIND_DRAFT_OVERDUE = "serviceTask_remindDraftOverdue";
        public static final String DRAFT_REMINDER_SENT = "endEvent_draftReminderSent";
        public static final String REVIEW_OVERDUE = "timer_reviewOverdue";
        public static final String REMIND_REVIEW_OVERDUE = "serviceTask_remindReviewOverdue";
        public static final String REVIEW_REMINDER_SENT = "endEvent_reviewReminderSent";
        public static final String CLEARANCE_OVERDUE = "timer_clearanceOverdue";
        public static final String REMIND_CLEARANCE_OVERDUE = "serviceTask_remindClearanceOverdue";
        public static final String CLEARANCE_REMINDER_SENT = "endEvent_clearanceReminderSent";
        public static final String TARGET_SIGNING_DATE_PASSED = "timer_targetSigningDatePassed";
        public static final String REMIND_SIGNING_OVERDUE = "serviceTask_remindSigningOverdue";
        public static final String SIGNING_REMINDER_SENT = "endEvent_signingReminderSent";

        // escalation of a stalled engagement: the ladder is called, its decision applied
        public static final String ENGAGEMENT_STALLED = "timer_engagementStalled";
        public static final String ESCALATE_STALLED_ENGAGEMENT = "callActivity_escalateStalledEngagement";
        public static final String APPLY_STALLED_ENGAGEMENT_DECISION = "serviceTask_applyStalledEngagementDecision";
        public static final String STALLED_ENGAGEMENT_DECISION_GATEWAY = "gateway_stalledEngagementDecision";
        /** A deadline accepted on escalation passed: the ladder starts again (it ends at once if no longer late). */
        public static final String ACCEPTED_ENGAGEMENT_DEADLINE_PASSED = "timer_acceptedEngagementDeadlinePassed";
        /** The ladder found the engagement no longer stalled. */
        public static final String STALLED_ENGAGEMENT_REVIEWED = "endEvent_stalledEngagementReviewed";
        /** Ends the escalation when the commitment leaves ENGAGEMENT (the adviser moved it on). */
        public static final String ENGAGEMENT_CONCLUDED = "conditional_engagementConcluded";

        public static final String STALLED_REVIEW_NO_LONGER_NEEDED = "endEvent_stalledReviewNoLongerNeeded";

        // escalation of an overdue signature
        public static final String SIGNATURE_OVERDUE = "timer_signatureOverdue";
        public static final String ESCALATE_OVERDUE_SIGNATURE = "callActivity_escalateOverdueSignature";
        public static final String APPLY_SIGNATURE_DECISION = "serviceTask_applySignatureEscalationDecision";
        public static final String OVERDUE_SIGNATURE_DECISION_GATEWAY = "gateway_overdueSignatureDecision";
        public static final String ACCEPTED_SIGNING_DEADLINE_PASSED = "timer_acceptedSigningDeadlinePassed";
        public static final String OVERDUE_SIGNATURE_REVIEWED = "endEvent_overdueSignatureReviewed";
        /** Ends the escalation when the commitment leaves AWAITING_SIGNATURE (signing or refusal recorded). */
        public static final String SIGNATURE_CONCLUDED = "conditional_signatureConcluded";

        public static final String SIGNATURE_REVIEW_NO_LONGER_NEEDED = "endEvent_signatureReviewNoLongerNeeded";

        /** Every user task, in the order an adviser meets them on the main path, then the senior reviews. */
        public static final List<String> USER_TASKS =
                List.of(RECORD_ENGAGEMENT, DRAFT_TEXT, REVIEW_DRAFT, CLEAR_TEXT, RECORD_SIGNING);

        private Elements() {}
    }

    /** Variables: references, routing decisions and due dates. Form input is moved into the domain. */
    public static final class Variables {
        // references
        public static final ProcessVariable<Long> COMMITMENT_ID = longVar("commitmentId");
        public static final ProcessVariable<String> REFERENCE = stringVar("reference");
        public static final ProcessVariable<String> MISSION_CODE = stringVar("missionCode");

        // the commitment's stage, a routing fact: the conditional events ENGAGEMENT_CONCLUDED,
        // and SIGNATURE_CONCLUDED end a senior review once it moves on
        public static final ProcessVariable<String> STAGE = stringVar("stage");

        // due dates, written by the domain whenever the commitment changes stage
        public static final ProcessVariable<Date> STAGE_DUE_DATE = dateVar("stageDueDate");
        public static final ProcessVariable<Date> SIGNATURE_ESCALATION_DATE = dateVar("signatureEscalationDate");

        // the monitoring cycle, set at signing (commitments.reviews.*)
        /** The review timer cycle of the lifecycle's "Monitoring review" event sub-process. */
        public static final ProcessVariable<String> REVIEW_CYCLE = stringVar("reviewCycle");
        /** How long after a proposed final assessment it is proposed again while the commitment stays open. */
        public static final ProcessVariable<String> REASSESS_AFTER = stringVar("reassessAfter");

        // routing decisions read by gateways
        public static final ProcessVariable<String> ENGAGEMENT_DECISION = stringVar("engagementDecision");
        public static final ProcessVariable<String> REVIEW_DECISION = stringVar("reviewDecision");
        public static final ProcessVariable<String> CLEARANCE_DECISION = stringVar("clearanceDecision");
        public static final ProcessVariable<String> SIGNING_OUTCOME = stringVar("signingOutcome");
        /** The escalation ladder's result, read by the gateways after the ladder (see OverdueEscalationProcess). */
        public static final ProcessVariable<String> ESCALATION_DECISION = stringVar("escalationDecision");

        // form input: read once by the task's listener, stored in the domain, then removed
        public static final ProcessVariable<String> PARTY_CODE = stringVar("partyCode");
        public static final ProcessVariable<String> COMMITMENT_TYPE = stringVar("commitmentType");
        public static final ProcessVariable<String> TITLE = stringVar("title");
        public static final ProcessVariable<Object> TARGET_SIGNING_DATE = rawVar("targetSigningDate");
        public static final ProcessVariable<String> SENSITIVITY = stringVar("sensitivity");

        public static final ProcessVariable<Object> ENGAGEMENT_DATE = rawVar("engagementDate");
        public static final ProcessVariable<String> ENGAGEMENT_LEVEL = stringVar("engagementLevel");
        public static final ProcessVariable<String> COUNTERPART_ROLE = stringVar("counterpartRole");
        public static final ProcessVariable<String> ENGAGEMENT_OUTCOME = stringVar("engagementOutcome");

        public static final ProcessVariable<Object> COMMITMENT_ELEMENTS = rawVar("commitmentElements");
        public static final ProcessVariable<String> DRAFT_REFERENCE = stringVar("draftReference");
        public static final ProcessVariable<String> DRAFT_SUMMARY = stringVar("draftSummary");

        public static final ProcessVariable<String> REVIEW_COMMENT = stringVar("reviewComment");
        public static final ProcessVariable<String> CLEARANCE_COMMENT = stringVar("clearanceComment");

        public static final ProcessVariable<Object> SIGNED_ON = rawVar("signedOn");
        public static final ProcessVariable<String> SIGNING_PLACE = stringVar("signingPlace");
        public static final ProcessVariable<String> SIGNATORY_TITLES = stringVar("signatoryTitles");
        public static final ProcessVariable<String> DOCUMENT_REFERENCE = stringVar("documentReference");
        public static final ProcessVariable<String> REFUSAL_REASON = stringVar("refusalReason");

        /** Set by {@code implementation-plan} when it ends: COMPLETED or NOT_FEASIBLE. */
        public static final ProcessVariable<String> PLAN_OUTCOME = stringVar("planOutcome");

        private Variables() {}
    }
}
