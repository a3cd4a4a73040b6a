package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_TYPE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.MISSION_CODE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.PARTY_CODE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REFERENCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SENSITIVITY;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.TARGET_SIGNING_DATE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.TITLE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.Input;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * {@code serviceTask_openCommitment} ("Open commitment"): checks the start form's values, stores the commitment,
 * makes its reference the business key and keeps only references in the process. It runs in the start
 * transaction, so invalid input refuses the start with a message and nothing is half-created.
 */
@Component("openCommitmentDelegate")
class OpenCommitmentDelegate implements JavaDelegate {

    private static final List<ProcessVariable<?>> FORM_INPUT =
            List.of(PARTY_CODE, COMMITMENT_TYPE, TITLE, TARGET_SIGNING_DATE, SENSITIVITY);

    private final CommitmentService commitments;
    private final LifecycleVariables variables;
    private final CommitmentsProperties properties;

    OpenCommitmentDelegate(
            CommitmentService commitments, LifecycleVariables variables, CommitmentsProperties properties) {
        this.commitments = commitments;
        this.variables = variables;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Commitment commitment;
        try {
            NewCommitment request = NewCommitment.read(Input.of(execution), properties.timeZone());
            Actor actor = Actor.current(execution.getProcessEngineServices().getIdentityService());
            commitment = commitments.open(request, execution.getProcessInstanceId(), actor);
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.problems(), e.getMessage());
        }
        execution.setProcessBusinessKey(commitment.getReference());
        FORM_INPUT.forEach(v -> v.remove(execution));
        COMMITMENT_ID.set(execution, commitment.getId());
        REFERENCE.set(execution, commitment.getReference());
        MISSION_CODE.set(execution, commitment.getMissionCode());
        variables.publishStage(execution, commitment);
    }
}
