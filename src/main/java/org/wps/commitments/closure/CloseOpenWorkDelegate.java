package org.wps.commitments.closure;

import static org.wps.commitments.closure.ClosureProcess.Variables.CLOSED_AS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.LifecycleVariables;

/**
 * {@code serviceTask_closeOpenWork}, after the implementation sub-process was cancelled by a closing: the
 * domain follows (open activities cancelled, reviews not held, concerns and escalation levels closed, each
 * with the reason) and {@code closedAs} tells the last gateway which end the commitment reached.
 */
@Component("closeOpenWorkDelegate")
class CloseOpenWorkDelegate implements JavaDelegate {

    private final ClosureAssessments closures;
    private final CommitmentService commitments;
    private final LifecycleVariables lifecycle;

    CloseOpenWorkDelegate(ClosureAssessments closures, CommitmentService commitments, LifecycleVariables lifecycle) {
        this.closures = closures;
        this.commitments = commitments;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = CommitmentLifecycleProcess.Variables.COMMITMENT_ID.get(execution);
        CLOSED_AS.set(execution, closures.closeOpenWork(id).name());
        lifecycle.publishStage(execution, commitments.get(id));
    }
}
