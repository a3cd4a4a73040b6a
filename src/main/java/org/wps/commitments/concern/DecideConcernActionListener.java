package org.wps.commitments.concern;

import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.ACTION;
import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.ACTION_NOTE;
import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.CONCERN_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/** Completes "Decide action on compliance concern": the lever chosen and why. */
@Component("decideConcernActionListener")
class DecideConcernActionListener extends FormTaskListener {

    private final ComplianceConcernService concerns;

    DecideConcernActionListener(ComplianceConcernService concerns) {
        this.concerns = concerns;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        ConcernAction action = input.requiredChoice(ACTION.name(), "Action", ConcernAction.class);
        String note = input.optionalText(ACTION_NOTE.name(), "Note", 2000);
        input.throwIfInvalid();
        concerns.decide(CONCERN_ID.get(task), action, note, actor);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(ACTION, ACTION_NOTE);
    }
}
