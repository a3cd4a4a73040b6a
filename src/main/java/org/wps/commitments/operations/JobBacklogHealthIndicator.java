package org.wps.commitments.operations;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code jobBacklog} component of {@code /actuator/health}: due jobs no node has taken, the oldest one's wait,
 * failed jobs and open incidents ({@link JobBacklog}), and whether this node's job executor runs.
 *
 * <p>A backlog is reported, never {@code DOWN}: the jobs wait in the database that every node shares, so a load
 * balancer taking this node out would only make it worse. Above {@code commitments.operations.backlog-warning-jobs}
 * or {@code backlog-warning-wait} the component's status is {@link #BACKLOG}, which {@code application.yaml} orders
 * after {@code UP}: the overall status, the liveness and readiness probes stay {@code UP} (HTTP 200). A failure to
 * count is {@code UNKNOWN}, which does not change the overall status either.
 */
@Component
class JobBacklogHealthIndicator implements HealthIndicator {

    /** Due jobs wait more, or longer, than the warning thresholds; the node itself serves. */
    static final Status BACKLOG =
            new Status("BACKLOG", "Due jobs wait for a job executor beyond the warning thresholds");

    private final TrackerFigures figures;
    private final OperationsProperties properties;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    JobBacklogHealthIndicator(
            TrackerFigures figures,
            OperationsProperties properties,
            ProcessEngineConfigurationImpl engineConfiguration) {
        this.figures = figures;
        this.properties = properties;
        this.engineConfiguration = engineConfiguration;
    }

    @Override
    public Health health() {
        var jobExecutor = engineConfiguration.getJobExecutor();
        boolean running = jobExecutor != null && jobExecutor.isActive();
        JobBacklog.Figures backlog;
        try {
            backlog = figures.backlog();
        } catch (RuntimeException e) {
            return Health.unknown()
                    .withDetail(
                            "error",
                            "the job backlog could not be counted: "
                                    + e.getClass().getSimpleName())
                    .withDetail("jobExecutorActive", running)
                    .build();
        }
        boolean behind = backlog.dueUnacquired() >= properties.backlogWarningJobs()
                || backlog.oldestWait().compareTo(properties.backlogWarningWait()) >= 0;
        return Health.status(behind ? BACKLOG : Status.UP)
                .withDetail("dueJobs", backlog.dueJobs())
                .withDetail("dueUnacquired", backlog.dueUnacquired())
                .withDetail("oldestDueUnacquiredSeconds", backlog.oldestWait().toSeconds())
                .withDetail("failedJobs", backlog.failedJobs())
                .withDetail("openIncidents", backlog.openIncidents())
                .withDetail("jobExecutorActive", running)
                .withDetail("warningJobs", properties.backlogWarningJobs())
                .withDetail(
                        "warningWaitSeconds", properties.backlogWarningWait().toSeconds())
                .build();
    }
}
