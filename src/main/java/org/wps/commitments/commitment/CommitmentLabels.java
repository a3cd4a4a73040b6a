package org.wps.commitments.commitment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.wps.commitments.confidentiality.LabelledItems;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.process.EngineQueries;

/** A commitment's label covers every process of the commitment: each carries its reference as business key. */
@Component
class CommitmentLabels implements LabelledItems {

    private final CommitmentRepository commitments;

    CommitmentLabels(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    @Override
    public Sensitivity labelOf(VariableScope scope, String businessKey) {
        return businessKey == null
                ? null
                : commitments
                        .findByReference(businessKey)
                        .map(Commitment::getSensitivity)
                        .orElse(null);
    }

    @Override
    public Set<String> strictProcessInstances(Set<String> missionCodes, HistoryService history) {
        Set<String> instances = new HashSet<>();
        List<String> references = commitments.referencesLabelled(missionCodes, Sensitivity.STRICTLY_CONFIDENTIAL);
        if (!references.isEmpty()) {
            // called processes carry the business key too
            EngineQueries.all(history.createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKeyIn(references.toArray(String[]::new)))
                    .forEach(instance -> instances.add(instance.getId()));
        }
        return instances;
    }
}
