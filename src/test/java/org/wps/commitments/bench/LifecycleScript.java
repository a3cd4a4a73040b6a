package org.wps.commitments.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.plan.PlanDriver;

/**
 * The happy life of one commitment as Tasklist users live it, task by task: engagement, draft, senior review,
 * clearance, signing, a plan of three activities drafted and validated, each activity reported completed, and the
 * final compliance assessment closing it as fulfilled. The same steps, with the same form values, drive the tracker
 * and the bare engine in {@link LifecycleThroughputBench}, so both do the same user work.
 */
final class LifecycleScript {

    /** One user task of the life: its element id, who completes it (user, group) and the form's values. */
    record Step(String taskKey, String user, String group, Map<String, Object> values) {}

    static final int ACTIVITIES = 3;

    static final String ADVISER = "unmissAdviser";
    static final String SENIOR = "unmissSenior";
    static final String DESK = "osrsgDesk";
    static final String TENANT = "unmiss";

    private LifecycleScript() {}

    /** The start form's values (the commitment's title, party, type, target signing date and sensitivity). */
    static VariableMap opening(String title, LocalDate targetSigningDate) {
        return Variables.createVariables()
                .putValue("missionCode", "UNMISS")
                .putValue("partyCode", "GOV-SSD")
                .putValue("commitmentType", "JOINT_COMMUNIQUE")
                .putValue("title", title)
                .putValue("targetSigningDate", targetSigningDate.toString())
                .putValue("sensitivity", "CONFIDENTIAL");
    }

    /** Every task of the life in order, with dates around {@code today}. */
    static List<Step> steps(LocalDate today) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(
                "userTask_recordEngagement",
                ADVISER,
                Roles.ADVISERS,
                Map.of(
                        "engagementDate", today.toString(),
                        "engagementLevel", "SENIOR_WPA",
                        "counterpartRole", "Minister of Defence",
                        "engagementOutcome", "Agreed to sign.",
                        "engagementDecision", "READY_TO_DRAFT")));
        steps.add(new Step(
                "userTask_draftText",
                ADVISER,
                Roles.ADVISERS,
                Map.of(
                        "commitmentElements", List.of("CHAIN_OF_COMMAND_ORDERS", "INVESTIGATIONS"),
                        "draftReference", "DMS/UNMISS/2027/1",
                        "draftSummary", "Orders and investigations.")));
        steps.add(new Step("userTask_reviewDraft", SENIOR, Roles.SENIOR_ADVISERS, Map.of("reviewDecision", "APPROVE")));
        steps.add(new Step("userTask_clearText", DESK, Roles.OSRSG_SVC, Map.of("clearanceDecision", "CLEAR")));
        steps.add(new Step(
                "userTask_recordSigning",
                ADVISER,
                Roles.ADVISERS,
                Map.of(
                        "signingOutcome", "SIGNED",
                        "signedOn", today.toString(),
                        "signingPlace", "Juba",
                        "signatoryTitles", "Minister of Defence; SRSG-SVC",
                        "documentReference", "UNMISS/JC/2027/01")));
        steps.add(new Step("userTask_draftPlan", ADVISER, Roles.ADVISERS, plan(today)));
        steps.add(new Step(
                "userTask_validatePlan",
                SENIOR,
                Roles.SENIOR_ADVISERS,
                Map.of(
                        "planDecision", "APPROVE",
                        "validatedOn", today.toString(),
                        "validatingBody", "National validation workshop")));
        for (int i = 0; i < ACTIVITIES; i++) {
            steps.add(new Step(
                    "userTask_reportProgress", ADVISER, Roles.ADVISERS, PlanDriver.progress("COMPLETED", 100)));
        }
        steps.add(new Step(
                "userTask_assessFinalCompliance",
                SENIOR,
                Roles.SENIOR_ADVISERS,
                Map.of("closureDecision", "FULFILLED", "closureReason", "Every element implemented and verified.")));
        return List.copyOf(steps);
    }

    /** The draft-plan form: a year's plan of {@link #ACTIVITIES} activities due in three, six and nine months. */
    private static Map<String, Object> plan(LocalDate today) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= ACTIVITIES; i++) {
            rows.add(PlanDriver.activity("Activity " + i + " of the action plan", today.plusMonths(3L * i)));
        }
        return PlanDriver.draft(today, today.plusYears(1), rows);
    }

    /** The step's open task among the business key's tasks: there must be one (the first for a repeated key). */
    static Task openTask(TaskService tasks, String businessKey, Step step) {
        List<Task> open = tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(step.taskKey())
                .orderByTaskCreateTime()
                .asc()
                .listPage(0, 1);
        if (open.isEmpty()) {
            throw new IllegalStateException("no open task " + step.taskKey() + " for " + businessKey);
        }
        return open.get(0);
    }
}
