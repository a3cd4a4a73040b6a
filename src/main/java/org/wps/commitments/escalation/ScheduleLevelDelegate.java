package org.wps.commitments.escalation;

import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ESCALATION_DECISION;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.GROUP;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_ID;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_TYPE;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.LEVEL;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.LEVEL_DUE_DATE;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.LEVEL_OPENS_AT;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.LEVEL_OPENS_NOW;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ROUTE;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_scheduleLevel}: takes the level and group chosen by {@code escalation-routing.dmn} and
 * computes when that level opens and when it is due.
 */
@Component("scheduleLevelDelegate")
class ScheduleLevelDelegate implements JavaDelegate {

    private final EscalationService escalations;
    private final EscalationLadder ladder;

    ScheduleLevelDelegate(EscalationService escalations, EscalationLadder ladder) {
        this.escalations = escalations;
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> route = (Map<?, ?>) ROUTE.get(execution);
        int level = ((Number) route.get("level")).intValue();
        String group = (String) route.get("candidateGroup");
        boolean immediate = Boolean.TRUE.equals(route.get("immediate"));
        ROUTE.remove(execution);

        EscalatedItem item =
                escalations.describe(EscalatedItemType.valueOf(ITEM_TYPE.get(execution)), ITEM_ID.get(execution));
        EscalationDecision previous = ESCALATION_DECISION
                .getOptional(execution)
                .map(EscalationDecision::valueOf)
                .orElse(null);
        Instant opensAt = ladder.opensAt(item.dueDate(), level, immediate, previous);
        LEVEL.set(execution, (long) level);
        GROUP.set(execution, group);
        LEVEL_OPENS_AT.set(execution, Date.from(opensAt));
        LEVEL_OPENS_NOW.set(execution, !opensAt.isAfter(ladder.now()));
        LEVEL_DUE_DATE.set(execution, Date.from(ladder.dueAt(item.dueDate(), level, opensAt)));
    }
}
