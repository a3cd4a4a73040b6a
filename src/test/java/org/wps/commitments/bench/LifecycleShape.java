package org.wps.commitments.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * What an engine did for one business key, read from its history: the user tasks completed in order, the jobs
 * created (timers and asynchronous continuations, counted by element id), how many process instances ran and
 * whether they all ended. Two engines living the same life of the same shape give equal shapes.
 *
 * @param userTasks the element ids of the completed user tasks, in the order they were created
 * @param jobs per job kind and element id ({@code timer-transition userTask_draftText}), how many were created
 */
record LifecycleShape(int processInstances, boolean allEnded, List<String> userTasks, Map<String, Integer> jobs) {

    static LifecycleShape of(ProcessEngine engine, String businessKey) {
        HistoryService history = engine.getHistoryService();
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .listPage(0, 1000);
        List<HistoricTaskInstance> tasks = new ArrayList<>();
        Map<String, Integer> jobs = new TreeMap<>();
        for (HistoricProcessInstance instance : instances) {
            tasks.addAll(history.createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId())
                    .listPage(0, 1000));
            for (HistoricJobLog created : history.createHistoricJobLogQuery()
                    .processInstanceId(instance.getId())
                    .creationLog()
                    .listPage(0, 1000)) {
                jobs.merge(created.getJobDefinitionType() + " " + created.getActivityId(), 1, Integer::sum);
            }
        }
        tasks.sort(Comparator.comparing(HistoricTaskInstance::getStartTime)
                .thenComparing(HistoricTaskInstance::getTaskDefinitionKey));
        return new LifecycleShape(
                instances.size(),
                instances.stream().allMatch(i -> i.getEndTime() != null),
                tasks.stream().map(HistoricTaskInstance::getTaskDefinitionKey).toList(),
                jobs);
    }
}
