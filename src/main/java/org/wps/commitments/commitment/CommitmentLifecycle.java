package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_TYPE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.MISSION_CODE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.PARTY_CODE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REFERENCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SENSITIVITY;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.TARGET_SIGNING_DATE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.TITLE;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the {@code commitment-lifecycle} process for code outside the engine (controllers, demo data):
 * it starts the process with exactly the variables the Tasklist start form submits, so both ways in share
 * one path through {@link OpenCommitmentDelegate}.
 */
@Component
public class CommitmentLifecycle {

    private final RuntimeService runtimeService;
    private final CommitmentRepository commitments;

    CommitmentLifecycle(RuntimeService runtimeService, CommitmentRepository commitments) {
        this.runtimeService = runtimeService;
        this.commitments = commitments;
    }

    /** Opens a commitment and starts following it; the engine's current user must be allowed to. */
    @Transactional
    public Commitment open(NewCommitment request) {
        VariableMap variables = Variables.createVariables();
        MISSION_CODE.putInto(variables, request.missionCode());
        PARTY_CODE.putInto(variables, request.partyCode());
        COMMITMENT_TYPE.putInto(variables, request.type().name());
        TITLE.putInto(variables, request.title());
        TARGET_SIGNING_DATE.putInto(variables, request.targetSigningDate().toString());
        SENSITIVITY.putInto(variables, request.sensitivity().name());
        if (request.reference() != null) {
            REFERENCE.putInto(variables, request.reference());
        }
        String processInstanceId = runtimeService
                .startProcessInstanceByKey(CommitmentLifecycleProcess.KEY, variables)
                .getId();
        return commitments
                .findByProcessInstanceId(processInstanceId)
                .orElseThrow(() ->
                        new IllegalStateException("Process instance " + processInstanceId + " opened no commitment"));
    }
}
