package org.wps.commitments.operations;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Stops the job executor first when the application shuts down (SIGTERM, context close): job acquisition ends,
 * then the jobs already running finish, for at most {@code spring.lifecycle.timeout-per-shutdown-phase}, while
 * the engine, the database and the web server are all still there.
 *
 * <p>Without this, Camunda stops acquiring only when the engine is closed, at the very end: meanwhile Spring has
 * already shut the job threads' pool on the same close event, so the jobs acquired in between are refused and
 * stay locked by this node until their lock expires (5 minutes), and jobs still running when the pool is
 * destroyed are interrupted. Jobs that do not finish in time are left to their lock's expiry: another node (or
 * this one, restarted) runs them again, as after a crash. A job executor that is not running (tests) is left
 * alone.
 */
@Component
class JobExecutorShutdown implements ApplicationListener<ContextClosedEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(JobExecutorShutdown.class);

    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final ApplicationContext context;
    private final Duration timeout;

    JobExecutorShutdown(
            ProcessEngineConfigurationImpl engineConfiguration,
            ApplicationContext context,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        this.engineConfiguration = engineConfiguration;
        this.context = context;
        this.timeout = timeout;
    }

    /** Before every other listener, in particular before Spring's task executors shut down on this event. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() == context) {
            JobExecutor jobExecutor = engineConfiguration.getJobExecutor();
            stop(jobExecutor, jobThreads(jobExecutor), timeout);
        }
    }

    /**
     * Stops acquisition, then waits up to {@code timeout} for the jobs running on {@code jobThreads} (null: the job
     * executor waits for its own threads). Returns whether every running job finished.
     */
    static boolean stop(JobExecutor jobExecutor, ExecutorService jobThreads, Duration timeout) {
        if (jobExecutor == null || !jobExecutor.isActive()) {
            return true;
        }
        LOG.info("Shutting down: job acquisition stops; running jobs get up to {} to finish", timeout);
        jobExecutor.shutdown();
        if (jobThreads == null) {
            return true;
        }
        jobThreads.shutdown();
        try {
            if (jobThreads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("Job executor stopped; no job is running");
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warn("Jobs still running after {}; they run again on another node once their lock expires", timeout);
        return false;
    }

    /**
     * The pool of a Spring job executor's jobs (Camunda's Spring Boot starter gives it a Spring thread pool), or
     * null when the job executor has threads of its own, which its {@code shutdown()} waits for itself.
     */
    static ExecutorService jobThreads(JobExecutor jobExecutor) {
        if (jobExecutor instanceof SpringJobExecutor spring
                && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
            try {
                ThreadPoolExecutor threads = pool.getThreadPoolExecutor();
                return threads;
            } catch (IllegalStateException notInitialized) {
                return null;
            }
        }
        return null;
    }
}
