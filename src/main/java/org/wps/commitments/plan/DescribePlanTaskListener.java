package org.wps.commitments.plan;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of the plan's user tasks: the task name carries the commitment's reference. */
@Component("describePlanTaskListener")
class DescribePlanTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        REFERENCE.getOptional(task).ifPresent(reference -> task.setName(task.getName() + ": " + reference));
    }
}
