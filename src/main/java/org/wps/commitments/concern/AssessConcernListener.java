package org.wps.commitments.concern;

import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.ASSESSMENT_NOTE;
import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.CONCERN_ID;
import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.REFERRAL;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/**
 * Completes "Assess compliance concern": the senior adviser refers the concern to mission leadership or the
 * OSRSG-SVC desk, whose decision is due {@code commitments.reviews.concern-action-within} later.
 */
@Component("assessConcernListener")
class AssessConcernListener extends FormTaskListener {

    private final ComplianceConcernService concerns;

    AssessConcernListener(ComplianceConcernService concerns) {
        this.concerns = concerns;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        ConcernReferral referral = input.requiredChoice(REFERRAL.name(), "Refer to", ConcernReferral.class);
        String note = input.optionalText(ASSESSMENT_NOTE.name(), "Assessment", 2000);
        input.throwIfInvalid();
        ComplianceConcern referred = concerns.refer(CONCERN_ID.get(task), referral, note, actor);
        // both were declared local to this concern's event sub-process when it was reported
        task.setVariable(ComplianceConcernService.ACTION_DUE, java.util.Date.from(referred.getActionDueAt()));
        REFERRAL.set(task, referral.name());
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(ASSESSMENT_NOTE);
    }
}
