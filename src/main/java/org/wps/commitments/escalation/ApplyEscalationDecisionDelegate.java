package org.wps.commitments.escalation;

import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ESCALATION_DECISION;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_ID;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ITEM_TYPE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The "Apply escalation decision" service tasks of the calling processes, after the ladder ended: a deadline
 * accepted on escalation moves the item's due dates and timers; an item closed as not feasible is closed. The
 * task's input parameters {@code itemType} and {@code itemId} name the item.
 */
@Component("applyEscalationDecisionDelegate")
class ApplyEscalationDecisionDelegate implements JavaDelegate {

    private final EscalationService escalations;

    ApplyEscalationDecisionDelegate(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalatedItemType type = EscalatedItemType.valueOf(ITEM_TYPE.get(execution));
        long id = ITEM_ID.get(execution);
        EscalationDecision decision = EscalationDecision.valueOf(ESCALATION_DECISION.get(execution));
        if (decision == EscalationDecision.NO_LONGER_NEEDED) {
            return; // the item stopped being late on its own; nothing to apply
        }
        Escalation decided = escalations.lastDecided(type, id);
        EscalatedItems owner = escalations.ownerOf(type);
        if (decision == EscalationDecision.ACCEPT_NEW_DEADLINE) {
            owner.acceptNewDeadline(type, id, decided.getNewDeadline(), decided, execution);
        } else if (decision == EscalationDecision.CLOSE_AS_NOT_FEASIBLE) {
            owner.closeAsNotFeasible(type, id, decided, execution);
        } else {
            throw new IllegalStateException("The ladder ended with " + decision + ", which ends no ladder");
        }
    }
}
