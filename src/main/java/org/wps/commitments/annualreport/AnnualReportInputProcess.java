package org.wps.commitments.annualreport;

import static org.wps.commitments.process.ProcessVariable.dateVar;
import static org.wps.commitments.process.ProcessVariable.longVar;
import static org.wps.commitments.process.ProcessVariable.stringVar;

import java.util.Date;
import java.util.List;
import org.wps.commitments.process.ProcessVariable;

/** Descriptor of {@code processes/annual-report-input.bpmn}. */
public final class AnnualReportInputProcess {

    public static final String KEY = "annual-report-input";
    public static final String RESOURCE = "processes/annual-report-input.bpmn";

    private AnnualReportInputProcess() {}

    /** The business key of a mission's input for a year, e.g. {@code UNMISS-ANNUAL-2026}. */
    public static String businessKey(String missionCode, int reportYear) {
        return missionCode + "-ANNUAL-" + reportYear;
    }

    /** Element ids. */
    public static final class Elements {
        public static final String INPUT_REQUESTED = "startEvent_inputRequested";
        public static final String OPEN_INPUT = "serviceTask_openInput";
        public static final String JOIN_PREPARATION = "gateway_joinPreparation";
        public static final String PREPARE_INPUT = "userTask_prepareInput";
        public static final String PREPARATION_OVERDUE = "timer_preparationOverdue";
        public static final String REMIND_PREPARATION_OVERDUE = "serviceTask_remindPreparationOverdue";
        public static final String PREPARATION_REMINDER_SENT = "endEvent_preparationReminderSent";
        public static final String APPROVE_INPUT = "userTask_approveInput";
        public static final String APPROVAL_OVERDUE = "timer_approvalOverdue";
        public static final String REMIND_APPROVAL_OVERDUE = "serviceTask_remindApprovalOverdue";
        public static final String APPROVAL_REMINDER_SENT = "endEvent_approvalReminderSent";
        public static final String INPUT_APPROVED_GATEWAY = "gateway_inputApproved";
        public static final String FREEZE_FIGURES = "serviceTask_freezeFigures";
        public static final String INPUT_APPROVED = "endEvent_inputApproved";

        public static final List<String> USER_TASKS = List.of(PREPARE_INPUT, APPROVE_INPUT);

        private Elements() {}
    }

    /** Variables. */
    public static final class Variables {
        /** Set at start: the tenant of the instance (MissionTenantIdProvider). */
        public static final ProcessVariable<String> MISSION_CODE = stringVar("missionCode");

        public static final ProcessVariable<Integer> REPORT_YEAR = new ProcessVariable<>("reportYear", Integer.class);
        /** The business key, shown in Tasklist's "Commitment" column and in the forms. */
        public static final ProcessVariable<String> REFERENCE = stringVar("reference");

        public static final ProcessVariable<Long> INPUT_ID = longVar("inputId");
        /** PREPARING, SUBMITTED or APPROVED, read by the gateway after approval. */
        public static final ProcessVariable<String> INPUT_STATUS = stringVar("inputStatus");

        public static final ProcessVariable<Date> PREPARE_DUE_DATE = dateVar("prepareDueDate");
        public static final ProcessVariable<Date> APPROVE_DUE_DATE = dateVar("approveDueDate");

        // prepare-annual-report-input form
        public static final ProcessVariable<String> HIGHLIGHTS = stringVar("highlights");
        public static final ProcessVariable<String> SENSITIVITY = stringVar("sensitivity");
        /** Shown (read only) in the prepare form after a senior adviser returned the input. */
        public static final ProcessVariable<String> RETURN_COMMENT = stringVar("returnComment");

        // approve-annual-report-input form
        public static final ProcessVariable<String> APPROVAL_DECISION = stringVar("approvalDecision");
        public static final ProcessVariable<String> APPROVAL_COMMENT = stringVar("approvalComment");

        private Variables() {}
    }
}
