package org.wps.commitments.signing;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.GUIDANCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.OVERDUE_SIGNATURE_DECISION;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.commitment.Decisions.OverdueSignatureDecision;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.process.FormTaskListener;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.Input;

/**
 * Completes {@code userTask_reviewOverdueSignature} ("Review overdue signature"): the senior adviser's
 * guidance is kept; abandoning closes the commitment.
 */
@Component("reviewOverdueSignatureListener")
class ReviewOverdueSignatureListener extends FormTaskListener {

    private final CommitmentService commitments;

    ReviewOverdueSignatureListener(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        OverdueSignatureDecision decision =
                input.requiredChoice(OVERDUE_SIGNATURE_DECISION.name(), "Decision", OverdueSignatureDecision.class);
        String guidance = input.requiredText(GUIDANCE.name(), "Guidance", 2000);
        input.throwIfInvalid();
        long id = COMMITMENT_ID.get(task);
        commitments.recordDecision(id, Step.OVERDUE_SIGNATURE_REVIEW, decision.name(), guidance, actor);
        if (decision == OverdueSignatureDecision.ABANDON) {
            commitments.close(id, CommitmentStage.ABANDONED, guidance);
        }
        OVERDUE_SIGNATURE_DECISION.set(task, decision.name());
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(GUIDANCE);
    }
}
