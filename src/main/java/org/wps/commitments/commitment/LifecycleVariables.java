package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNATURE_ESCALATION_DATE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.STAGE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.STAGE_DUE_DATE;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Writes a commitment's due dates into its process instance whenever the commitment changes stage. The
 * lifecycle's tasks and timers read only these variables, so the domain and the process cannot disagree.
 */
@Component
public class LifecycleVariables {

    private final StageDeadlines deadlines;

    LifecycleVariables(StageDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Publishes the commitment's current stage and the due dates of that stage. */
    public void publishStage(VariableScope scope, Commitment commitment) {
        STAGE.set(scope, commitment.getStage().name());
        Instant due = commitment.getStageDueDate();
        if (due == null) {
            return;
        }
        STAGE_DUE_DATE.set(scope, Date.from(due));
        if (commitment.getStage() == CommitmentStage.AWAITING_SIGNATURE) {
            SIGNATURE_ESCALATION_DATE.set(scope, Date.from(deadlines.signatureEscalationDate(commitment)));
        }
    }
}
