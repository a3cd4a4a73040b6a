package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ELEMENTS;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.DRAFT_REFERENCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.DRAFT_SUMMARY;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/** Completes {@code userTask_draftText} ("Draft commitment text"): stores what the draft covers and sends it to review. */
@Component("draftTextListener")
class DraftTextListener extends FormTaskListener {

    private final CommitmentService commitments;
    private final LifecycleVariables variables;

    DraftTextListener(CommitmentService commitments, LifecycleVariables variables) {
        this.commitments = commitments;
        this.variables = variables;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        List<CommitmentElement> elements =
                input.choices(COMMITMENT_ELEMENTS.name(), "Elements covered", CommitmentElement.class, true);
        String draftReference = input.requiredText(DRAFT_REFERENCE.name(), "Draft reference", 200);
        String summary = input.optionalText(DRAFT_SUMMARY.name(), "Summary", 2000);
        input.throwIfInvalid();
        Commitment commitment = commitments.recordDraft(COMMITMENT_ID.get(task), elements, draftReference, summary);
        variables.publishStage(task, commitment);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(COMMITMENT_ELEMENTS, DRAFT_REFERENCE, DRAFT_SUMMARY);
    }
}
