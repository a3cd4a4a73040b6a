package org.wps.commitments.concern;

import static org.wps.commitments.process.ProcessVariable.longVar;
import static org.wps.commitments.process.ProcessVariable.stringVar;

import org.wps.commitments.process.ProcessVariable;

/**
 * Descriptor of the lifecycle's "Compliance concern" event sub-process and of
 * {@code processes/report-compliance-concern.bpmn}, the Tasklist start form that reports one.
 */
public final class ComplianceConcernProcess {

    public static final String REPORT_KEY = "report-compliance-concern";
    public static final String REPORT_RESOURCE = "processes/report-compliance-concern.bpmn";

    private ComplianceConcernProcess() {}

    /** Element ids (the first group in commitment-lifecycle.bpmn). */
    public static final class Elements {
        public static final String CONCERN_REPORTED = "startEvent_concernReported";
        public static final String ASSESS_CONCERN = "userTask_assessConcern";
        public static final String ASSESSMENT_OVERDUE = "timer_concernAssessmentOverdue";
        public static final String REMIND_ASSESSMENT = "serviceTask_remindConcernAssessment";
        public static final String ASSESSMENT_REMINDER_SENT = "endEvent_concernAssessmentReminderSent";
        public static final String REFERRAL_GATEWAY = "gateway_concernReferral";
        public static final String DECIDE_ACTION_LEADERSHIP = "userTask_decideConcernActionLeadership";
        public static final String LEADERSHIP_ACTION_OVERDUE = "timer_leadershipActionOverdue";
        public static final String REMIND_LEADERSHIP_ACTION = "serviceTask_remindLeadershipAction";
        public static final String LEADERSHIP_REMINDER_SENT = "endEvent_leadershipReminderSent";
        public static final String DECIDE_ACTION_OSRSG_SVC = "userTask_decideConcernActionOsrsgSvc";
        public static final String OSRSG_SVC_ACTION_OVERDUE = "timer_osrsgSvcActionOverdue";
        public static final String REMIND_OSRSG_SVC_ACTION = "serviceTask_remindOsrsgSvcAction";
        public static final String OSRSG_SVC_REMINDER_SENT = "endEvent_osrsgSvcReminderSent";
        public static final String CONCERN_HANDLED = "endEvent_concernHandled";

        // report-compliance-concern.bpmn
        public static final String REPORT_START = "startEvent_concernToReport";
        public static final String FORWARD_CONCERN = "serviceTask_forwardConcern";
        public static final String CONCERN_FORWARDED = "endEvent_concernForwarded";

        private Elements() {}
    }

    /** Variables. */
    public static final class Variables {
        public static final ProcessVariable<Long> CONCERN_ID = longVar(ComplianceConcernService.CONCERN_ID);
        public static final ProcessVariable<String> REFERRAL = stringVar(ComplianceConcernService.REFERRAL);
        public static final ProcessVariable<String> ASSESSMENT_NOTE = stringVar("assessmentNote");
        public static final ProcessVariable<String> ACTION = stringVar("concernAction");
        public static final ProcessVariable<String> ACTION_NOTE = stringVar("actionNote");

        // report-compliance-concern start form
        public static final ProcessVariable<String> MISSION_CODE = stringVar("missionCode");
        public static final ProcessVariable<String> COMMITMENT_REFERENCE = stringVar("commitmentReference");
        public static final ProcessVariable<String> CONCERN_KIND = stringVar("concernKind");
        public static final ProcessVariable<String> CONCERN_REFERENCE = stringVar("concernReference");
        public static final ProcessVariable<String> CONCERN_SENSITIVITY = stringVar("concernSensitivity");

        private Variables() {}
    }
}
