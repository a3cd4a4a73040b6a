package org.wps.commitments.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.plan.ImplementationPlanProcess.ActivityFields;

/** Test helper: works a commitment's implementation plan through Tasklist-like task completions. */
@Component
public class PlanDriver {

    public static final String ADVISER = "unmissAdviser";
    public static final String SENIOR = "unmissSenior";

    private final TaskService taskService;
    private final IdentityService identityService;
    private final org.camunda.bpm.engine.ManagementService managementService;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;

    PlanDriver(
            TaskService taskService,
            IdentityService identityService,
            org.camunda.bpm.engine.ManagementService managementService,
            org.camunda.bpm.engine.RuntimeService runtimeService) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /** Runs the asynchronous continuations (not timers) of the commitment's processes, as the job executor would. */
    public void runAsyncSteps(String reference) {
        for (var instance : runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .list()) {
            for (var job : managementService
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .messages()
                    .list()) {
                managementService.executeJob(job.getId());
            }
        }
    }

    /** One valid activity row as the draft-plan form submits it. */
    public static Map<String, Object> activity(String title, LocalDate deadline) {
        var row = new LinkedHashMap<String, Object>();
        row.put(ActivityFields.TITLE, title);
        row.put(ActivityFields.PILLAR, "Prevention");
        row.put(ActivityFields.CLASSIFICATION, "SECURITY_SECTOR_ORDERS_TRAINING");
        row.put(ActivityFields.COMMITMENT_ELEMENT, "CHAIN_OF_COMMAND_ORDERS");
        row.put(ActivityFields.RESPONSIBLE_ENTITY, "Ministry of Defence");
        row.put(ActivityFields.DEADLINE, deadline.toString());
        row.put(ActivityFields.INDICATOR, "Order issued to all units");
        row.put(ActivityFields.BASELINE, "No order");
        row.put(ActivityFields.TARGET, "Order in force");
        row.put(ActivityFields.FUNDING_STATUS, "UNFUNDED");
        row.put(ActivityFields.MEANS_OF_VERIFICATION, "Copy of the order");
        return row;
    }

    /** The draft-plan form's values with these activity rows. */
    public static VariableMap draft(LocalDate start, LocalDate end, List<Map<String, Object>> rows) {
        return Variables.createVariables()
                .putValue("planTitle", "Action plan on conflict-related sexual violence")
                .putValue("periodStart", start.toString())
                .putValue("periodEnd", end.toString())
                .putValue("coordinationBody", "Implementation oversight committee")
                .putValue("budget", 250000)
                .putValue("currency", "usd")
                .putValue("activities", Spin.JSON(new ArrayList<>(rows)));
    }

    public Task task(String reference, String key) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(key)
                .list();
        assertThat(tasks).as("open %s tasks of %s", key, reference).hasSize(1);
        return tasks.get(0);
    }

    public void completeAs(String userId, String group, Task task, VariableMap values) {
        identityService.setAuthentication(userId, List.of(group), List.of("unmiss"));
        try {
            taskService.complete(task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Drafts a plan with one activity due on {@code deadline} and validates it on {@code validatedOn}. */
    public void draftAndValidate(String reference, LocalDate validatedOn, LocalDate deadline) {
        completeAs(
                ADVISER,
                Roles.ADVISERS,
                task(reference, ImplementationPlanProcess.Elements.DRAFT_PLAN),
                draft(validatedOn, deadline.plusMonths(6), List.of(activity("Issue command order", deadline))));
        validate(reference, validatedOn);
    }

    public void validate(String reference, LocalDate validatedOn) {
        completeAs(
                SENIOR,
                Roles.SENIOR_ADVISERS,
                task(reference, ImplementationPlanProcess.Elements.VALIDATE_PLAN),
                Variables.createVariables()
                        .putValue("planDecision", "APPROVE")
                        .putValue("validatedOn", validatedOn.toString())
                        .putValue("validatingBody", "National validation workshop"));
        runAsyncSteps(reference);
    }

    public static VariableMap progress(String status, int pct) {
        return Variables.createVariables()
                .putValue("progressStatus", status)
                .putValue("progressPct", pct)
                .putValue("verification", "UN_VERIFIED")
                .putValue("evidenceReference", "MARA-REF-001");
    }

    /** Reports every open activity of the commitment as completed. */
    public void completeEveryActivity(String reference) {
        for (Task task : taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(ActivityFollowUpProcess.Elements.REPORT_PROGRESS)
                .list()) {
            completeAs(ADVISER, Roles.ADVISERS, task, progress("COMPLETED", 100));
        }
    }
}
