package org.wps.commitments.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Lives commitments through one engine by {@link LifecycleScript}: opens one (through {@code opener}, which returns
 * its business key), then completes each step's task as its user would in Tasklist and, after each, runs the
 * asynchronous continuations the step left (as the job executor would; one client, so every executable message
 * job is this commitment's). Timers are created but none falls due: the life takes less than any of them.
 */
final class LifecycleRunner {

    private static final int ASYNC_ROUNDS = 10;

    private final ProcessEngine engine;
    private final IntFunction<String> opener;

    LifecycleRunner(ProcessEngine engine, IntFunction<String> opener) {
        this.engine = engine;
        this.opener = opener;
    }

    /** Opens commitment {@code number} and lives it to its closure; returns its business key. */
    String live(int number, LocalDate today) {
        String businessKey = opener.apply(number);
        runAsync();
        TaskService tasks = engine.getTaskService();
        IdentityService identity = engine.getIdentityService();
        for (LifecycleScript.Step step : LifecycleScript.steps(today)) {
            String taskId = LifecycleScript.openTask(tasks, businessKey, step).getId();
            identity.setAuthentication(step.user(), List.of(step.group()), List.of(LifecycleScript.TENANT));
            try {
                tasks.complete(taskId, Variables.fromMap(step.values()));
            } finally {
                identity.clearAuthentication();
            }
            runAsync();
        }
        return businessKey;
    }

    /** Runs due asynchronous continuations (message jobs, not timers) until none is left. */
    private void runAsync() {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < ASYNC_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().messages().executable().listPage(0, 100);
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("asynchronous continuations still due after " + ASYNC_ROUNDS + " rounds");
    }
}
