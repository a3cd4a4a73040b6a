package org.wps.commitments.escalation;

import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ESCALATION_DECISION;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ESCALATION_ID;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.GROUP;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_ID;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_STILL_LATE;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_TYPE;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.LEVEL;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.LEVEL_DUE_DATE;

import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_openLevel}: if the item is still late, stores the escalation row of this level and e-mails its
 * group; if it was resolved meanwhile, the ladder ends as no longer needed ({@code gateway_itemStillLate}).
 */
@Component("openLevelDelegate")
class OpenLevelDelegate implements JavaDelegate {

    private final EscalationService escalations;
    private final EscalationLadder ladder;

    OpenLevelDelegate(EscalationService escalations, EscalationLadder ladder) {
        this.escalations = escalations;
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalatedItem item =
                escalations.describe(EscalatedItemType.valueOf(ITEM_TYPE.get(execution)), ITEM_ID.get(execution));
        if (!item.lateOn(ladder.today())) {
            // resolved while the ladder waited (an engagement recorded, the commitment moved on)
            ITEM_STILL_LATE.set(execution, false);
            ESCALATION_DECISION.set(execution, EscalationDecision.NO_LONGER_NEEDED.name());
            return;
        }
        ITEM_STILL_LATE.set(execution, true);
        int level = LEVEL.get(execution).intValue();
        EscalationDecision previous = ESCALATION_DECISION
                .getOptional(execution)
                .map(EscalationDecision::valueOf)
                .orElse(null);
        Escalation escalation = escalations.open(
                item,
                level,
                GROUP.get(execution),
                reason(item, level, previous),
                LEVEL_DUE_DATE.get(execution).toInstant(),
                execution.getProcessInstanceId());
        ESCALATION_ID.set(execution, escalation.getId());
        ESCALATION_DECISION.remove(execution);
    }

    private String reason(EscalatedItem item, int level, EscalationDecision previous) {
        long days = ChronoUnit.DAYS.between(item.dueDate(), ladder.today());
        String late = "Due on " + item.dueDate() + (days > 0 ? ", " + days + " days ago" : "");
        if (previous == EscalationDecision.RAISE_TO_NEXT_LEVEL) {
            return late + "; raised from level " + (level - 1) + ".";
        }
        if (previous == EscalationDecision.NO_DECISION) {
            return late + "; level " + (level - 1) + " did not decide in time.";
        }
        if (previous == EscalationDecision.ENGAGE_PARTY) {
            return late + "; still late after engaging the party at level " + (level - 1) + ".";
        }
        if (item.partyListed() && level == EscalationLadder.TOP_LEVEL) {
            return late + "; the party is listed in the Secretary-General's annex.";
        }
        return late + ".";
    }
}
