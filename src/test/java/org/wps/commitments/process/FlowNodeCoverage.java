package org.wps.commitments.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Flow-node coverage of one process from the engine's history: every flow node of the deployed model must have
 * been passed by an instance that a test class started (directly or through a call activity). Instances are
 * told apart by a snapshot of the ids that existed before the class ran.
 */
public final class FlowNodeCoverage {

    private final String processKey;
    private final Set<String> before = new HashSet<>();

    public FlowNodeCoverage(String processKey, HistoryService history) {
        this.processKey = processKey;
        history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                .map(HistoricProcessInstance::getId)
                .forEach(before::add);
    }

    /** Asserts that the instances started since this object was made passed every flow node of the model. */
    public void assertComplete(HistoryService history, RepositoryService repository) {
        List<HistoricProcessInstance> instances =
                history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                        .filter(p -> !before.contains(p.getId()))
                        .toList();
        assertThat(instances)
                .as("instances of %s started by the tests", processKey)
                .isNotEmpty();
        String definitionId = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult()
                .getId();
        Set<String> flowNodes =
                repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class).stream()
                        .map(FlowNode::getId)
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> passed = instances.stream()
                .flatMap(
                        p -> history.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).list().stream())
                .map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        List<String> missing =
                flowNodes.stream().filter(id -> !passed.contains(id)).toList();
        System.out.printf(
                "flow-node coverage of %s: %d of %d flow nodes in %d process instances%n",
                processKey, flowNodes.size() - missing.size(), flowNodes.size(), instances.size());
        assertThat(missing)
                .as("flow nodes of %s that no test passed", processKey)
                .isEmpty();
    }
}
