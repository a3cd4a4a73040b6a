package org.wps.commitments.escalation;

import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ESCALATION_DECISION;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.LEVEL;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.NEXT_LEVEL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_raiseUndecided}, after {@code timer_levelUndecided}: nobody decided at this level in time,
 * so it is closed as such and the next level opens at once (at the top level, the top level again).
 */
@Component("raiseUndecidedDelegate")
class RaiseUndecidedDelegate implements JavaDelegate {

    private final EscalationService escalations;

    RaiseUndecidedDelegate(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.closeOpenLevels(
                execution.getProcessInstanceId(), EscalationDecision.NO_DECISION, "No decision by the due date.");
        NEXT_LEVEL.set(execution, LEVEL.get(execution) + 1);
        ESCALATION_DECISION.set(execution, EscalationDecision.NO_DECISION.name());
    }
}
