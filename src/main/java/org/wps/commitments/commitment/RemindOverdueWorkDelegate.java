package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;
import org.wps.commitments.confidentiality.ItemSensitivity;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.process.EngineQueries;

/**
 * The reminder service tasks after the boundary timers of late tasks ({@code serviceTask_remind*} of the
 * lifecycle and of {@code implementation-plan}): the late task, found from the timer the model attaches it to,
 * moves to the top of its group's list (urgent priority), its candidate group is e-mailed once, and the
 * commitment notes the reminder.
 */
@Component("remindOverdueWorkDelegate")
class RemindOverdueWorkDelegate implements JavaDelegate {

    /** Priority of overdue work; Camunda's default is 50. */
    static final int URGENT_PRIORITY = 90;

    private final TaskService taskService;
    private final CommitmentService commitments;
    private final Notifications notifications;
    private final ItemSensitivity sensitivity;

    RemindOverdueWorkDelegate(
            TaskService taskService,
            CommitmentService commitments,
            Notifications notifications,
            ItemSensitivity sensitivity) {
        this.taskService = taskService;
        this.commitments = commitments;
        this.notifications = notifications;
        this.sensitivity = sensitivity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Sensitivity label = sensitivity.of(execution);
        String lateTaskKey = lateTaskKey((FlowNode) execution.getBpmnModelElementInstance());
        for (Task task : EngineQueries.all(taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(lateTaskKey))) {
            taskService.setPriority(task.getId(), URGENT_PRIORITY);
            // once per task and due date: a retried job or a second node sends nothing more
            String key = "task:" + task.getId() + ":overdue:"
                    + (task.getDueDate() == null ? "" : task.getDueDate().getTime());
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    notifications.notifyAboutItem(
                            key + ":" + link.getGroupId(),
                            task.getTenantId(),
                            link.getGroupId(),
                            label,
                            "Overdue: " + task.getName() + " (" + execution.getProcessBusinessKey() + ")",
                            "The task \"" + task.getName() + "\" of commitment " + execution.getProcessBusinessKey()
                                    + " was due on " + task.getDueDate()
                                    + " and is still open. It is now at the top of "
                                    + "your group's list in Tasklist.");
                }
            }
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
