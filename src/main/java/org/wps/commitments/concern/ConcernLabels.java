package org.wps.commitments.concern;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.wps.commitments.confidentiality.LabelledItems;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.process.EngineQueries;

/** A concern's label covers the scopes that carry its id ({@code concernId}), in the lifecycle or elsewhere. */
@Component
class ConcernLabels implements LabelledItems {

    private final ComplianceConcernRepository concerns;

    ConcernLabels(ComplianceConcernRepository concerns) {
        this.concerns = concerns;
    }

    @Override
    public Sensitivity labelOf(VariableScope scope, String businessKey) {
        return scope.getVariable(ComplianceConcernService.CONCERN_ID) instanceof Number concern
                ? concerns.findById(concern.longValue())
                        .map(ComplianceConcern::getSensitivity)
                        .orElse(null)
                : null;
    }

    @Override
    public Set<String> strictProcessInstances(Set<String> missionCodes, HistoryService history) {
        Set<String> instances = new HashSet<>();
        concerns.findByMissionCodeInAndSensitivity(missionCodes, Sensitivity.STRICTLY_CONFIDENTIAL)
                .forEach(concern -> EngineQueries.all(history.createHistoricVariableInstanceQuery()
                                .variableName(ComplianceConcernService.CONCERN_ID)
                                .variableValueEquals(ComplianceConcernService.CONCERN_ID, concern.getId()))
                        .forEach(variable -> {
                            if (variable.getProcessInstanceId() != null) {
                                instances.add(variable.getProcessInstanceId());
                            }
                        }));
        return instances;
    }
}
