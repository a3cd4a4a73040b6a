package org.wps.commitments.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * {@link JobExecutorShutdown} with a real Spring job executor (acquisition thread running, no engine registered):
 * acquisition stops, then the shutdown waits for the job running on the pool, which ends normally, not interrupted.
 */
class JobExecutorShutdownTest {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final SpringJobExecutor jobExecutor = new SpringJobExecutor();

    @AfterEach
    void stopEverything() {
        jobExecutor.shutdown();
        pool.shutdown();
    }

    @Test
    void acquisitionStopsFirst_thenTheRunningJobFinishesUninterrupted() throws Exception {
        pool.setCorePoolSize(2);
        pool.initialize();
        jobExecutor.setTaskExecutor(pool);
        jobExecutor.start();
        assertThat(jobExecutor.isActive()).isTrue();
        assertThat(JobExecutorShutdown.jobThreads(jobExecutor)).isSameAs(pool.getThreadPoolExecutor());

        // the job goes on only once the shutdown waits for it: a shutdown that does not wait leaves it unfinished
        var waiting = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        var finished = new AtomicBoolean();
        var interrupted = new AtomicBoolean();
        var jobThreads = new ObservedPool(waiting);
        jobThreads.execute(() -> {
            started.countDown();
            try {
                waiting.await();
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        boolean allFinished = JobExecutorShutdown.stop(jobExecutor, jobThreads, Duration.ofSeconds(30));

        assertThat(jobExecutor.isActive()).as("acquisition stopped").isFalse();
        assertThat(allFinished).isTrue();
        assertThat(finished).as("the running job finished").isTrue();
        assertThat(interrupted).as("and was not interrupted").isFalse();
        assertThat(jobThreads.isTerminated()).isTrue();
    }

    @Test
    void aJobExecutorThatDoesNotRunIsLeftAlone() {
        assertThat(jobExecutor.isActive()).isFalse();
        assertThat(JobExecutorShutdown.stop(jobExecutor, null, Duration.ofSeconds(1)))
                .isTrue();
        assertThat(JobExecutorShutdown.stop(null, null, Duration.ofSeconds(1))).isTrue();
    }

    /** A pool that opens {@code waiting} when someone starts waiting for its termination. */
    private static final class ObservedPool extends ThreadPoolExecutor {
        private final CountDownLatch waiting;

        ObservedPool(CountDownLatch waiting) {
            super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
            this.waiting = waiting;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            waiting.countDown();
            return super.awaitTermination(timeout, unit);
        }
    }
}
