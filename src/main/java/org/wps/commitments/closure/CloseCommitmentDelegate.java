package org.wps.commitments.closure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;

/**
 * {@code serviceTask_closeCommitment}: closes the commitment as assessed, with the reason; the escalation
 * end event after it then cancels everything still running for the commitment.
 */
@Component("closeCommitmentDelegate")
class CloseCommitmentDelegate implements JavaDelegate {

    private final ClosureAssessments closures;

    CloseCommitmentDelegate(ClosureAssessments closures) {
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closures.close(CommitmentLifecycleProcess.Variables.COMMITMENT_ID.get(execution));
    }
}
