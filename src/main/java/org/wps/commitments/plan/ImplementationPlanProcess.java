package org.wps.commitments.plan;

import static org.wps.commitments.process.ProcessVariable.dateVar;
import static org.wps.commitments.process.ProcessVariable.longVar;
import static org.wps.commitments.process.ProcessVariable.rawVar;
import static org.wps.commitments.process.ProcessVariable.stringVar;

import java.util.Date;
import java.util.List;
import org.wps.commitments.process.ProcessVariable;

/** Descriptor of {@code processes/implementation-plan.bpmn}. */
public final class ImplementationPlanProcess {

    public static final String KEY = "implementation-plan";
    public static final String RESOURCE = "processes/implementation-plan.bpmn";

    private ImplementationPlanProcess() {}

    /** Element ids. */
    public static final class Elements {
        public static final String START = "startEvent_planRequired";
        public static final String OPEN_PLAN = "serviceTask_openPlan";
        public static final String DEVELOP_PLAN = "subProcess_developPlan";
        public static final String DRAFT_PLAN = "userTask_draftPlan";
        public static final String PLAN_DUE = "timer_planDue";
        public static final String WARN_PLAN_MISSING = "serviceTask_warnPlanMissing";
        public static final String VALIDATE_PLAN = "userTask_validatePlan";
        public static final String VALIDATION_OVERDUE = "timer_validationOverdue";
        public static final String REMIND_VALIDATION_OVERDUE = "serviceTask_remindValidationOverdue";
        public static final String PLAN_APPROVED_GATEWAY = "gateway_planApproved";
        public static final String PLAN_VALIDATED = "endEvent_planValidated";
        public static final String PLAN_OVERDUE = "timer_planOverdue";
        public static final String ESCALATE_MISSING_PLAN = "callActivity_escalateMissingPlan";
        public static final String PLAN_VALIDATED_DURING_ESCALATION = "conditional_planValidated";
        public static final String PLAN_ESCALATION_NO_LONGER_NEEDED = "endEvent_planEscalationNoLongerNeeded";
        public static final String APPLY_ESCALATION_DECISION = "serviceTask_applyPlanEscalationDecision";
        public static final String PLAN_NOT_FEASIBLE = "endEvent_planNotFeasible";
        public static final String ACCEPTED_PLAN_DEADLINE_PASSED = "timer_acceptedPlanDeadlinePassed";
        public static final String PLAN_NO_LONGER_MISSING = "endEvent_planNoLongerMissing";
        public static final String START_IMPLEMENTATION = "serviceTask_startImplementation";
        public static final String FOLLOW_ACTIVITY = "callActivity_followActivity";
        public static final String COMPLETE_PLAN = "serviceTask_completePlan";
        public static final String PLAN_COMPLETED = "endEvent_planCompleted";

        public static final List<String> USER_TASKS = List.of(DRAFT_PLAN, VALIDATE_PLAN);

        private Elements() {}
    }

    /** Variables. */
    public static final class Variables {
        public static final ProcessVariable<Long> PLAN_ID = longVar("planId");
        public static final ProcessVariable<String> PLAN_STATUS = stringVar("planStatus");
        public static final ProcessVariable<Date> PLAN_DUE_DATE = dateVar("planDueDate");
        public static final ProcessVariable<Date> PLAN_ESCALATION_DATE = dateVar("planEscalationDate");
        public static final ProcessVariable<Date> VALIDATION_DUE_DATE = dateVar("validationDueDate");
        public static final ProcessVariable<Object> ACTIVITY_IDS = rawVar("activityIds");
        /** Read by the lifecycle after the plan ends: COMPLETED or NOT_FEASIBLE. */
        public static final ProcessVariable<String> PLAN_OUTCOME = stringVar("planOutcome");

        // draft-plan form
        public static final ProcessVariable<String> PLAN_TITLE = stringVar("planTitle");
        public static final ProcessVariable<Object> PERIOD_START = rawVar("periodStart");
        public static final ProcessVariable<Object> PERIOD_END = rawVar("periodEnd");
        public static final ProcessVariable<String> COORDINATION_BODY = stringVar("coordinationBody");
        public static final ProcessVariable<Object> BUDGET = rawVar("budget");
        public static final ProcessVariable<String> CURRENCY = stringVar("currency");
        public static final ProcessVariable<Object> ACTIVITIES = rawVar("activities");

        // validate-plan form
        public static final ProcessVariable<String> PLAN_DECISION = stringVar("planDecision");
        public static final ProcessVariable<Object> VALIDATED_ON = rawVar("validatedOn");
        public static final ProcessVariable<String> VALIDATING_BODY = stringVar("validatingBody");
        public static final ProcessVariable<String> VALIDATION_COMMENT = stringVar("validationComment");

        private Variables() {}
    }

    /** Keys of one activity row in the draft-plan form's dynamic list. */
    public static final class ActivityFields {
        public static final String TITLE = "title";
        public static final String PILLAR = "pillar";
        public static final String CLASSIFICATION = "classification";
        public static final String COMMITMENT_ELEMENT = "commitmentElement";
        public static final String RESPONSIBLE_ENTITY = "responsibleEntity";
        public static final String DEADLINE = "deadline";
        public static final String INDICATOR = "indicator";
        public static final String BASELINE = "baseline";
        public static final String TARGET = "target";
        public static final String FUNDING_STATUS = "fundingStatus";
        public static final String MEANS_OF_VERIFICATION = "meansOfVerification";

        private ActivityFields() {}
    }
}
