package org.wps.commitments.escalation;

import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ESCALATION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of {@code userTask_decideOverdueItem}: names the task after the item and level, and says why
 * it is late, so the Tasklist list tells people what they decide on.
 */
@Component("describeEscalationTaskListener")
class DescribeEscalationTaskListener implements TaskListener {

    private final EscalationRepository escalations;

    DescribeEscalationTaskListener(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    @Override
    public void notify(DelegateTask task) {
        escalations.findById(ESCALATION_ID.get(task)).ifPresent(escalation -> {
            task.setName("Decide on overdue item (level " + escalation.getLevel() + "): " + escalation.getItemLabel());
            task.setDescription(escalation.getReason());
        });
    }
}
