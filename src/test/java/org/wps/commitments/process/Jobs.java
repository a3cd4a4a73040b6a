package org.wps.commitments.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Test helper that plays the job executor and Tasklist: fires a timer by its element id at its due time, runs
 * the asynchronous steps that follow, and completes tasks as a signed-in user. Never waits.
 */
@Component
public class Jobs {

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;

    Jobs(
            ManagementService managementService,
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The timer job of {@code timerId} in any process of the business key (a called process included). */
    public Job timer(String businessKey, String timerId) {
        List<Job> jobs = instancesOf(businessKey).stream()
                .flatMap(pi ->
                        managementService
                                .createJobQuery()
                                .processInstanceId(pi.getId())
                                .activityId(timerId)
                                .timers()
                                .list()
                                .stream())
                .toList();
        assertThat(jobs).as("timer %s of %s", timerId, businessKey).hasSize(1);
        return jobs.get(0);
    }

    public boolean hasTimer(String businessKey, String timerId) {
        return instancesOf(businessKey).stream()
                .anyMatch(pi -> managementService
                                .createJobQuery()
                                .processInstanceId(pi.getId())
                                .activityId(timerId)
                                .count()
                        > 0);
    }

    /** Moves the engine clock to the timer's due date, fires it, then runs every asynchronous step that follows. */
    public void fire(String businessKey, String timerId) {
        Job job = timer(businessKey, timerId);
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(job.getDuedate());
        }
        managementService.executeJob(job.getId());
        runAsync(businessKey);
    }

    /** Runs the asynchronous continuations of the business key's processes until none is left. */
    public void runAsync(String businessKey) {
        for (int round = 0; round < 10; round++) {
            List<Job> messages = instancesOf(businessKey).stream()
                    .flatMap(pi ->
                            managementService.createJobQuery().processInstanceId(pi.getId()).messages().list().stream())
                    .toList();
            if (messages.isEmpty()) {
                break;
            }
            messages.forEach(job -> managementService.executeJob(job.getId()));
        }
        assertThat(runtimeService.createIncidentQuery().list().stream().filter(i -> instancesOf(businessKey).stream()
                        .anyMatch(pi -> pi.getId().equals(i.getProcessInstanceId()))))
                .as("incidents of %s", businessKey)
                .isEmpty();
    }

    public ManagementService managementService() {
        return managementService;
    }

    public List<ProcessInstance> instancesOf(String businessKey) {
        // paged: tests call these helpers while a user is signed in (query-max-results-limit)
        return EngineQueries.all(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey));
    }

    /** The one open task {@code taskKey} of the business key's processes. */
    public Task task(String businessKey, String taskKey) {
        List<Task> tasks = EngineQueries.all(taskService
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey));
        assertThat(tasks).as("open %s tasks of %s", taskKey, businessKey).hasSize(1);
        return tasks.get(0);
    }

    public List<Task> tasks(String businessKey) {
        return EngineQueries.all(taskService.createTaskQuery().processInstanceBusinessKey(businessKey));
    }

    /** Completes the task as {@code userId} of {@code group} in mission UNMISS, as Tasklist would, then runs what follows. */
    public void complete(Task task, String userId, String group, java.util.Map<String, Object> values) {
        identityService.setAuthentication(userId, List.of(group), List.of("unmiss"));
        try {
            taskService.complete(task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
        String businessKey =
                runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .list()
                        .stream()
                        .map(ProcessInstance::getBusinessKey)
                        .findFirst()
                        .orElse(null);
        if (businessKey != null) {
            runAsync(businessKey);
        }
    }

    public String candidateGroup(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .findFirst()
                .orElse(null);
    }
}
