package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REVIEW_COMMENT;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REVIEW_DECISION;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.commitment.Decisions.ReviewDecision;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/**
 * Completes {@code userTask_reviewDraft} ("Review draft"): approval sends the text to clearance, a request for
 * changes back to drafting, abandoning closes the commitment. A comment is required unless approved.
 */
@Component("reviewDraftListener")
class ReviewDraftListener extends FormTaskListener {

    private final CommitmentService commitments;
    private final LifecycleVariables variables;

    ReviewDraftListener(CommitmentService commitments, LifecycleVariables variables) {
        this.commitments = commitments;
        this.variables = variables;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        ReviewDecision decision = input.requiredChoice(REVIEW_DECISION.name(), "Decision", ReviewDecision.class);
        String comment = decision == ReviewDecision.APPROVE
                ? input.optionalText(REVIEW_COMMENT.name(), "Comment", 2000)
                : input.requiredText(REVIEW_COMMENT.name(), "Comment", 2000);
        input.throwIfInvalid();
        long id = COMMITMENT_ID.get(task);
        commitments.recordDecision(id, Step.SENIOR_REVIEW, decision.name(), comment, actor);
        Commitment commitment =
                switch (decision) {
                    case APPROVE -> commitments.enter(id, CommitmentStage.CLEARANCE);
                    case REQUEST_CHANGES -> commitments.enter(id, CommitmentStage.DRAFTING);
                    case ABANDON -> commitments.close(id, CommitmentStage.ABANDONED, comment);
                };
        REVIEW_DECISION.set(task, decision.name());
        variables.publishStage(task, commitment);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(REVIEW_COMMENT);
    }
}
