package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.CLEARANCE_COMMENT;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.CLEARANCE_DECISION;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.commitment.Decisions.ClearanceDecision;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/**
 * Completes {@code userTask_clearText} ("Clear commitment text", OSRSG-SVC desk): a cleared text awaits
 * signature, a revision goes back to drafting, a declined text closes the commitment. A comment is required
 * unless cleared.
 */
@Component("clearTextListener")
class ClearTextListener extends FormTaskListener {

    private final CommitmentService commitments;
    private final LifecycleVariables variables;

    ClearTextListener(CommitmentService commitments, LifecycleVariables variables) {
        this.commitments = commitments;
        this.variables = variables;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        ClearanceDecision decision =
                input.requiredChoice(CLEARANCE_DECISION.name(), "Decision", ClearanceDecision.class);
        String comment = decision == ClearanceDecision.CLEAR
                ? input.optionalText(CLEARANCE_COMMENT.name(), "Comment", 2000)
                : input.requiredText(CLEARANCE_COMMENT.name(), "Comment", 2000);
        input.throwIfInvalid();
        long id = COMMITMENT_ID.get(task);
        commitments.recordDecision(id, Step.CLEARANCE, decision.name(), comment, actor);
        Commitment commitment =
                switch (decision) {
                    case CLEAR -> commitments.enter(id, CommitmentStage.AWAITING_SIGNATURE);
                    case REVISE -> commitments.enter(id, CommitmentStage.DRAFTING);
                    case DECLINE -> commitments.close(id, CommitmentStage.DECLINED, comment);
                };
        CLEARANCE_DECISION.set(task, decision.name());
        variables.publishStage(task, commitment);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(CLEARANCE_COMMENT);
    }
}
