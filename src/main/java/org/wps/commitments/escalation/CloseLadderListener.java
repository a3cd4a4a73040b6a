package org.wps.commitments.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the process {@code overdue-escalation}: when the caller ends the ladder early (the activity was
 * completed, its deadline revised, the plan validated, the commitment moved on), the open level is closed as no
 * longer needed, so no escalation row stays open without a task.
 */
@Component("closeLadderListener")
class CloseLadderListener implements ExecutionListener {

    private final EscalationService escalations;

    CloseLadderListener(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Override
    public void notify(DelegateExecution execution) {
        escalations.closeOpenLevels(
                execution.getProcessInstanceId(),
                EscalationDecision.NO_LONGER_NEEDED,
                "The item was resolved or its deadline changed while this level was open.");
    }
}
