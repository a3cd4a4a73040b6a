package org.wps.commitments.confidentiality;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The labelled items of a feature whose items each run a process of their own (a review, an annual report input):
 * the scopes of that process carry the item's id in {@code idVariable}, and the item records its process instance.
 *
 * @param idVariable the variable holding the item's id in its process
 * @param labelById the item's label, null for an unknown id
 * @param strictInstanceIds the process instance ids of the strictly confidential items of these missions
 */
public record ItemsWithOwnProcess(
        String idVariable,
        LongFunction<Sensitivity> labelById,
        Function<Set<String>, Collection<String>> strictInstanceIds)
        implements LabelledItems {

    @Override
    public Sensitivity labelOf(VariableScope scope, String businessKey) {
        return scope.getVariable(idVariable) instanceof Number id ? labelById.apply(id.longValue()) : null;
    }

    @Override
    public Set<String> strictProcessInstances(Set<String> missionCodes, HistoryService history) {
        Set<String> instances = new HashSet<>(strictInstanceIds.apply(missionCodes));
        instances.removeIf(Objects::isNull);
        return instances;
    }
}
