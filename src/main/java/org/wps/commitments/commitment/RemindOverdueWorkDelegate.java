package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * The reminder service tasks after the lifecycle's boundary timers ({@code serviceTask_remind*},
 * {@code serviceTask_warnPlanMissing}): the late task, found from the timer the model attaches it to, moves to
 * the top of its group's list (urgent priority) and the commitment notes the reminder. Later issues route
 * these through the escalation ladder.
 */
@Component("remindOverdueWorkDelegate")
class RemindOverdueWorkDelegate implements JavaDelegate {

    /** Priority of overdue work; Camunda's default is 50. */
    static final int URGENT_PRIORITY = 90;

    private final TaskService taskService;
    private final CommitmentService commitments;

    RemindOverdueWorkDelegate(TaskService taskService, CommitmentService commitments) {
        this.taskService = taskService;
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String lateTaskKey = lateTaskKey((FlowNode) execution.getBpmnModelElementInstance());
        for (Task task : taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(lateTaskKey)
                .list()) {
            taskService.setPriority(task.getId(), URGENT_PRIORITY);
        }
        commitments.recordReminder(COMMITMENT_ID.get(execution));
    }

    private static String lateTaskKey(FlowNode reminder) {
        return reminder.getIncoming().stream()
                .map(SequenceFlow::getSource)
                .filter(BoundaryEvent.class::isInstance)
                .map(source -> ((BoundaryEvent) source).getAttachedTo().getId())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Reminder task '" + reminder.getId()
                        + "' must follow a boundary timer of the task it reminds of"));
    }
}
