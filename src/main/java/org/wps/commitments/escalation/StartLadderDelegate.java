package org.wps.commitments.escalation;

import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ESCALATION_DECISION;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_ID;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_TYPE;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.NEXT_LEVEL;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.PARTY_LISTED;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.START_LEVEL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_startLadder}: reads the late item named by the caller and starts the climb at level 1, or at
 * the level its delay already calls for when the ladder starts late.
 */
@Component("startLadderDelegate")
class StartLadderDelegate implements JavaDelegate {

    private final EscalationService escalations;
    private final EscalationLadder ladder;

    StartLadderDelegate(EscalationService escalations, EscalationLadder ladder) {
        this.escalations = escalations;
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalatedItemType type = EscalatedItemType.valueOf(ITEM_TYPE.get(execution));
        EscalatedItem item = escalations.describe(type, ITEM_ID.get(execution));
        PARTY_LISTED.set(execution, item.partyListed());
        long byDelay = ladder.startingLevel(item.dueDate());
        NEXT_LEVEL.set(
                execution, Math.max(byDelay, START_LEVEL.getOptional(execution).orElse(1L)));
        ESCALATION_DECISION.remove(execution);
    }
}
