package org.wps.commitments.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** The job backlog's status: UP, BACKLOG from either threshold, UNKNOWN when it cannot count; never DOWN. */
class JobBacklogHealthIndicatorTest {

    private final TrackerFigures figures = mock(TrackerFigures.class);
    private final ProcessEngineConfigurationImpl engine = mock(ProcessEngineConfigurationImpl.class);
    private final JobBacklogHealthIndicator indicator = new JobBacklogHealthIndicator(
            figures, new OperationsProperties(Duration.ofSeconds(30), 100, Duration.ofMinutes(15)), engine);

    @Test
    void belowBothThresholdsItIsUp() {
        when(figures.backlog()).thenReturn(new JobBacklog.Figures(120, 99, Duration.ofMinutes(14), 2, 3));
        JobExecutor running = mock(JobExecutor.class);
        when(running.isActive()).thenReturn(true);
        when(engine.getJobExecutor()).thenReturn(running);

        var health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsEntry("dueJobs", 120L)
                .containsEntry("dueUnacquired", 99L)
                .containsEntry("oldestDueUnacquiredSeconds", 840L)
                .containsEntry("failedJobs", 2L)
                .containsEntry("openIncidents", 3L)
                .containsEntry("jobExecutorActive", true);
    }

    @Test
    void manyJobsOrALongWaitIsABacklog_neverDown() {
        when(figures.backlog()).thenReturn(new JobBacklog.Figures(100, 100, Duration.ZERO, 0, 0));
        assertThat(indicator.health().getStatus()).isEqualTo(JobBacklogHealthIndicator.BACKLOG);

        when(figures.backlog()).thenReturn(new JobBacklog.Figures(1, 1, Duration.ofMinutes(15), 0, 0));
        assertThat(indicator.health().getStatus()).isEqualTo(JobBacklogHealthIndicator.BACKLOG);
    }

    @Test
    void aFailureToCountIsUnknown() {
        when(figures.backlog()).thenThrow(new IllegalStateException("connection refused by db.internal"));

        var health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails().toString()).doesNotContain("db.internal");
    }
}
