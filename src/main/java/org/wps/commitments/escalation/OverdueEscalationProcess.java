package org.wps.commitments.escalation;

import static org.wps.commitments.process.ProcessVariable.booleanVar;
import static org.wps.commitments.process.ProcessVariable.dateVar;
import static org.wps.commitments.process.ProcessVariable.longVar;
import static org.wps.commitments.process.ProcessVariable.rawVar;
import static org.wps.commitments.process.ProcessVariable.stringVar;

import java.util.Date;
import org.wps.commitments.process.ProcessVariable;

/** Descriptor of {@code processes/overdue-escalation.bpmn} and {@code processes/escalation-routing.dmn}. */
public final class OverdueEscalationProcess {

    public static final String KEY = "overdue-escalation";
    public static final String RESOURCE = "processes/overdue-escalation.bpmn";
    public static final String ROUTING_DECISION = "escalation-routing";
    public static final String ROUTING_RESOURCE = "processes/escalation-routing.dmn";

    private OverdueEscalationProcess() {}

    /** Element ids. */
    public static final class Elements {
        public static final String START = "startEvent_itemOverdue";
        public static final String START_LADDER = "serviceTask_startLadder";
        public static final String ROUTE = "businessRuleTask_routeEscalation";
        public static final String SCHEDULE_LEVEL = "serviceTask_scheduleLevel";
        public static final String LEVEL_THRESHOLD_REACHED = "timer_levelThresholdReached";
        public static final String OPEN_LEVEL = "serviceTask_openLevel";
        public static final String ITEM_STILL_LATE_GATEWAY = "gateway_itemStillLate";
        public static final String ITEM_NO_LONGER_LATE = "endEvent_itemNoLongerLate";
        public static final String DECIDE = "userTask_decideOverdueItem";
        public static final String LEVEL_UNDECIDED = "timer_levelUndecided";
        public static final String RAISE_UNDECIDED = "serviceTask_raiseUndecided";
        public static final String ESCALATION_DECIDED = "endEvent_escalationDecided";

        private Elements() {}
    }

    /** Variables. ITEM_TYPE and ITEM_ID come from the caller; ESCALATION_DECISION and NEW_DEADLINE go back. */
    public static final class Variables {
        public static final ProcessVariable<String> ITEM_TYPE = stringVar("itemType");
        public static final ProcessVariable<Long> ITEM_ID = longVar("itemId");
        // routing facts, read by escalation-routing.dmn
        public static final ProcessVariable<Boolean> PARTY_LISTED = booleanVar("partyListed");
        public static final ProcessVariable<Long> NEXT_LEVEL = longVar("nextLevel");
        /** Optional, from the caller: the ladder starts at this level at least (a review outcome at level 2). */
        public static final ProcessVariable<Long> START_LEVEL = longVar("startLevel");

        public static final ProcessVariable<Object> ROUTE = rawVar("escalationRoute");
        // the level being climbed
        public static final ProcessVariable<Long> LEVEL = longVar("escalationLevel");
        public static final ProcessVariable<String> GROUP = stringVar("escalationGroup");
        public static final ProcessVariable<Date> LEVEL_OPENS_AT = dateVar("levelOpensAt");
        public static final ProcessVariable<Boolean> LEVEL_OPENS_NOW = booleanVar("levelOpensNow");
        public static final ProcessVariable<Date> LEVEL_DUE_DATE = dateVar("levelDueDate");
        public static final ProcessVariable<Long> ESCALATION_ID = longVar("escalationId");
        public static final ProcessVariable<Boolean> ITEM_STILL_LATE = booleanVar("itemStillLate");
        // decide-overdue-item form, and the ladder's result
        public static final ProcessVariable<String> ESCALATION_DECISION = stringVar("escalationDecision");
        public static final ProcessVariable<Object> NEW_DEADLINE = rawVar("newDeadline");
        public static final ProcessVariable<String> DECISION_NOTE = stringVar("decisionNote");

        private Variables() {}
    }
}
