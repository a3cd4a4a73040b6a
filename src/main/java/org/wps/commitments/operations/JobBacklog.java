package org.wps.commitments.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.TrackerWork;

/**
 * How far the job executors of all nodes are behind, read from the shared database: due jobs (timers whose time
 * has come, asynchronous continuations) that no node has taken yet, how long the oldest of them has waited, and
 * the jobs that failed for good. Counted on the engine's clock (the one the job executor acquires by), across all
 * missions, whatever the rights of the user who asks (a monitoring user has none in the engine).
 */
@Component
class JobBacklog {

    /**
     * What the job executors see.
     *
     * @param dueJobs due, active jobs with retries left ({@code JobQuery.executable().active()}), taken or not
     * @param dueUnacquired those of them no node holds: never locked, or their lock expired (a node died)
     * @param oldestWait how long the oldest unacquired one has been due (since its due date, or since it was
     *     created for a job without one), zero when none waits
     * @param failedJobs jobs without retries left: they will not run again until someone acts in Cockpit
     * @param openIncidents open incidents (failed jobs and any other kind)
     */
    record Figures(long dueJobs, long dueUnacquired, Duration oldestWait, long failedJobs, long openIncidents) {}

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String unacquiredSql;

    JobBacklog(
            ManagementService managementService,
            RuntimeService runtimeService,
            IdentityService identityService,
            JdbcTemplate jdbc,
            Clock clock) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.clock = clock;
        // the job query has no lock condition, so this one count is SQL: the job acquisition's own conditions
        // (retries left, due, active, not locked or lock expired), in SQL that H2 and PostgreSQL both run
        String jobs = TrackerWork.call(identityService, () -> managementService.getTableName(Job.class));
        this.unacquiredSql = "select count(*) as n, min(coalesce(DUEDATE_, CREATE_TIME_)) as oldest from " + jobs
                + " where RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= ?) and SUSPENSION_STATE_ = 1"
                + " and (LOCK_OWNER_ is null or LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < ?)";
    }

    Figures read() {
        return TrackerWork.call(identityService, () -> {
            Instant now = clock.instant();
            Timestamp at = Timestamp.from(now);
            long due = managementService.createJobQuery().executable().active().count();
            long failed = managementService.createJobQuery().noRetriesLeft().count();
            long incidents = runtimeService.createIncidentQuery().count();
            return jdbc.queryForObject(
                    unacquiredSql,
                    (rs, row) -> {
                        Timestamp oldest = rs.getTimestamp("oldest");
                        Duration wait = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
                        return new Figures(
                                due, rs.getLong("n"), wait.isNegative() ? Duration.ZERO : wait, failed, incidents);
                    },
                    at,
                    at);
        });
    }
}
