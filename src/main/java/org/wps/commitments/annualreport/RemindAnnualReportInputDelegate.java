package org.wps.commitments.annualreport;

import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.MISSION_CODE;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.REFERENCE;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.wps.commitments.annualreport.AnnualReportInputProcess.Elements;
import org.wps.commitments.confidentiality.ItemSensitivity;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.process.EngineQueries;

/**
 * The reminders after the boundary timers of {@code annual-report-input}: {@code serviceTask_remindPreparationOverdue}
 * (the advisers' input is late: the advisers are reminded and the senior advisers told) and
 * {@code serviceTask_remindApprovalOverdue} (the senior advisers' approval is late). The late task moves to the
 * top of its group's list; each group of the mission is e-mailed once per task and due date.
 */
@Component("remindAnnualReportInputDelegate")
class RemindAnnualReportInputDelegate implements JavaDelegate {

    /** Priority of overdue work; Camunda's default is 50. */
    static final int URGENT_PRIORITY = 90;

    private final TaskService taskService;
    private final Notifications notifications;
    private final ItemSensitivity sensitivity;

    RemindAnnualReportInputDelegate(TaskService taskService, Notifications notifications, ItemSensitivity sensitivity) {
        this.taskService = taskService;
        this.notifications = notifications;
        this.sensitivity = sensitivity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean preparation = Elements.REMIND_PREPARATION_OVERDUE.equals(execution.getCurrentActivityId());
        String lateTask = preparation ? Elements.PREPARE_INPUT : Elements.APPROVE_INPUT;
        List<String> groups =
                preparation ? List.of(Roles.ADVISERS, Roles.SENIOR_ADVISERS) : List.of(Roles.SENIOR_ADVISERS);
        String reference = REFERENCE.get(execution);
        Sensitivity label = sensitivity.of(execution);
        String tenantId = Mission.tenantIdOf(MISSION_CODE.get(execution));
        for (Task task : EngineQueries.all(taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(lateTask))) {
            taskService.setPriority(task.getId(), URGENT_PRIORITY);
            String key = "annual-input:" + task.getId() + ":overdue:"
                    + (task.getDueDate() == null ? "" : task.getDueDate().getTime());
            for (String group : groups) {
                notifications.notifyAboutItem(
                        key + ":" + group,
                        tenantId,
                        group,
                        label,
                        "Overdue: " + (preparation ? "annual report input" : "approval of annual report input") + " "
                                + reference,
                        "The task \"" + task.getName() + "\" was due on " + task.getDueDate()
                                + " and is still open. The Secretary-General's annual report on conflict-related"
                                + " sexual violence waits for this mission's input.");
            }
        }
    }
}
