package org.wps.commitments.plan;

import static org.wps.commitments.process.ProcessVariable.booleanVar;
import static org.wps.commitments.process.ProcessVariable.dateVar;
import static org.wps.commitments.process.ProcessVariable.longVar;
import static org.wps.commitments.process.ProcessVariable.rawVar;
import static org.wps.commitments.process.ProcessVariable.stringVar;

import java.util.Date;
import org.wps.commitments.process.ProcessVariable;

/** Descriptor of {@code processes/activity-follow-up.bpmn}. */
public final class ActivityFollowUpProcess {

    public static final String KEY = "activity-follow-up";
    public static final String RESOURCE = "processes/activity-follow-up.bpmn";

    private ActivityFollowUpProcess() {}

    /** Element ids. */
    public static final class Elements {
        public static final String START = "startEvent_activityPlanned";
        public static final String START_FOLLOW_UP = "serviceTask_startFollowUp";
        public static final String REPORT_PROGRESS = "userTask_reportProgress";
        public static final String ACTIVITY_FINISHED_GATEWAY = "gateway_activityFinished";
        public static final String ACTIVITY_COMPLETED = "endEvent_activityCompleted";
        public static final String ACTIVITY_CANCELLED = "endEvent_activityCancelled";
        public static final String SCHEDULE_REMINDERS = "serviceTask_scheduleReminders";
        public static final String WATCH_DEADLINE = "subProcess_watchDeadline";
        public static final String EARLY_REMINDER_DUE = "timer_earlyReminderDue";
        public static final String SEND_EARLY_REMINDER = "serviceTask_sendEarlyReminder";
        public static final String LATE_REMINDER_DUE = "timer_lateReminderDue";
        public static final String SEND_LATE_REMINDER = "serviceTask_sendLateReminder";
        public static final String DEADLINE_PASSED = "timer_deadlinePassed";
        public static final String MARK_OVERDUE = "serviceTask_markActivityOverdue";
        public static final String ESCALATE = "callActivity_escalateOverdueActivity";
        public static final String ESCALATION_DECIDED = "endEvent_escalationDecided";
        public static final String DEADLINE_CHANGED = "conditional_deadlineChanged";
        public static final String APPLY_ESCALATION_DECISION = "serviceTask_applyEscalationDecision";
        public static final String ACTIVITY_NOT_FEASIBLE = "endEvent_activityNotFeasible";

        private Elements() {}
    }

    /** Variables. */
    public static final class Variables {
        public static final ProcessVariable<Long> ACTIVITY_ID = longVar("activityId");
        public static final ProcessVariable<String> ACTIVITY_STATUS = stringVar("activityStatus");
        /** The current deadline: the report task's due date and the deadline timer read it. */
        public static final ProcessVariable<Date> ACTIVITY_DEADLINE = dateVar("activityDeadline");
        /** The deadline the running watch was scheduled for; a different ACTIVITY_DEADLINE restarts the watch. */
        public static final ProcessVariable<Date> WATCHED_DEADLINE = dateVar("watchedDeadline");

        public static final ProcessVariable<Date> EARLY_REMINDER_DATE = dateVar("earlyReminderDate");
        public static final ProcessVariable<Boolean> EARLY_REMINDER_AHEAD = booleanVar("earlyReminderAhead");
        public static final ProcessVariable<Date> LATE_REMINDER_DATE = dateVar("lateReminderDate");
        public static final ProcessVariable<Boolean> LATE_REMINDER_AHEAD = booleanVar("lateReminderAhead");

        // report-progress form
        public static final ProcessVariable<String> PROGRESS_STATUS = stringVar("progressStatus");
        public static final ProcessVariable<Object> PROGRESS_PCT = rawVar("progressPct");
        public static final ProcessVariable<String> VERIFICATION = stringVar("verification");
        public static final ProcessVariable<String> EVIDENCE_REFERENCE = stringVar("evidenceReference");
        public static final ProcessVariable<String> PROGRESS_NOTE = stringVar("progressNote");
        public static final ProcessVariable<Object> REVISED_DEADLINE = rawVar("revisedDeadline");
        public static final ProcessVariable<String> REVISION_REASON = stringVar("revisionReason");

        private Variables() {}
    }
}
