package org.wps.commitments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.wps.commitments.CommitmentTrackerApplication;
import org.wps.commitments.commitment.LifecycleDriver;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * W1, lifecycle throughput (only in {@code mvn verify -Pbench}): commitments lived from opening to closure by
 * {@link LifecycleScript} (engagement, draft, senior review, clearance, signing, a plan of three activities drafted
 * and validated, each activity reported completed, the final assessment closing it as fulfilled), one after the other
 * by one client, through the tracker (its real processes, forms' checks, listeners, domain tables and e-mail outbox,
 * with authorization checks as the signed-in users) and through a {@link BareEngine} running processes of the same
 * shape in the same JVM. Runs alternate between the two; each run gives both rates and their ratio.
 *
 * <p>System properties: {@code bench.w1.commitments} (per run and engine, default 200), {@code bench.w1.warmup}
 * (lived unmeasured first in each, default 50), {@code bench.runs} (3).
 */
@SpringBootTest(
        classes = CommitmentTrackerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:lifecycle-throughput-bench;DB_CLOSE_DELAY=-1;" + BareEngine.H2_SETTINGS,
            // as production sends mail (application.yaml; the test profile sends on the committing thread)
            "commitments.notifications.sender-threads=2",
            "spring.autoconfigure.exclude="
                    + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration"
        })
@ActiveProfiles("test")
@ContextConfiguration(initializers = Mailbox.SmtpServer.class)
@Tag("bench")
// closed after the workload: the next ones start their own applications and should not share the heap with it
@DirtiesContext
class LifecycleThroughputBench {

    @Autowired
    ProcessEngine engine;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CommitmentsProperties properties;

    @Test
    void lifecycleThroughputAgainstTheBareEngine() {
        int commitments = Integer.getInteger("bench.w1.commitments", 200);
        int warmup = Math.max(1, Integer.getInteger("bench.w1.warmup", 50));
        int runs = Integer.getInteger("bench.runs", 3);
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        BenchReport report = new BenchReport("W1", "Lifecycle throughput: commitments from opening to closure");

        try (BareEngine bare = new BareEngine("bare-lifecycle-bench");
                BareEngine checked = new BareEngine("checked-lifecycle-bench", true)) {
            LifecycleRunner tracker =
                    new LifecycleRunner(engine, n -> driver.open("GOV-SSD", today.plusMonths(2), "Bench " + n));
            LifecycleRunner baseline = new LifecycleRunner(bare.engine(), n -> bare.open(n, today.plusMonths(2)));
            LifecycleRunner fair = new LifecycleRunner(checked.engine(), n -> checked.open(n, today.plusMonths(2)));
            int next = 1;
            live(tracker, next, warmup, today);
            live(baseline, next, warmup, today);
            live(fair, next, warmup, today);
            next += warmup;
            LifecycleShape trackerShape = LifecycleShape.of(engine, lastReference());
            assertThat(LifecycleShape.of(bare.engine(), "BARE-" + warmup))
                    .as("both engines did the same work for a commitment")
                    .isEqualTo(trackerShape);
            assertThat(LifecycleShape.of(checked.engine(), "BARE-" + warmup))
                    .as("the checked bare engine did the same work for a commitment")
                    .isEqualTo(trackerShape);

            List<Double> trackerRates = new ArrayList<>();
            List<Double> bareRates = new ArrayList<>();
            List<Double> fairRates = new ArrayList<>();
            List<Double> trackerCpu = new ArrayList<>();
            List<Double> bareCpu = new ArrayList<>();
            List<Double> fairCpu = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long fulfilledBefore = fulfilled();
                Measured b = measure(baseline, next, commitments, today, () -> {});
                Measured f = measure(fair, next, commitments, today, () -> {});
                Measured t = measure(tracker, next, commitments, today, this::awaitMailsSent);
                bareRates.add(b.rate());
                fairRates.add(f.rate());
                trackerRates.add(t.rate());
                bareCpu.add(b.cpuMillisPerCommitment());
                fairCpu.add(f.cpuMillisPerCommitment());
                trackerCpu.add(t.cpuMillisPerCommitment());
                next += commitments;
                assertThat(fulfilled() - fulfilledBefore)
                        .as("tracker commitments closed as fulfilled in run %d", run + 1)
                        .isEqualTo(commitments);
            }
            assertThat(bare.engine()
                            .getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .processDefinitionKey(BareEngine.LIFECYCLE)
                            .completed()
                            .count())
                    .as("bare lifecycles ended")
                    .isEqualTo((long) warmup + (long) runs * commitments);

            report.figure(Figure.of("tracker", "commitments/s", trackerRates));
            report.figure(Figure.of("bare engine, same shape", "commitments/s", bareRates));
            report.figure(Figure.of(
                    "bare engine with authorization, tenants, metrics and Spring transactions",
                    "commitments/s",
                    fairRates));
            report.figure(Figure.of(
                            "tracker / bare engine with checks (fair baseline)",
                            "×",
                            Latency.ratios(trackerRates, fairRates))
                    .withTarget("≥ 0.7", v -> v >= 0.7));
            report.figure(Figure.of("tracker / bare engine", "×", Latency.ratios(trackerRates, bareRates))
                    .withTarget("≥ 0.65", v -> v >= 0.65));
            report.figure(Figure.of("tracker, CPU per commitment", "ms", trackerCpu));
            report.figure(Figure.of("bare engine, CPU per commitment", "ms", bareCpu));
            report.figure(Figure.of("bare engine with checks, CPU per commitment", "ms", fairCpu));
            report.figure(Figure.of(
                    "bare engine with checks / tracker, CPU per commitment", "×", Latency.ratios(fairCpu, trackerCpu)));

            long lived = (long) warmup + (long) runs * commitments;
            HistoryService bareHistory = bare.engine().getHistoryService();
            report.note(String.format(
                    Locale.ROOT,
                    "Variable history per commitment (rows of ACT_HI_VARINST + ACT_HI_DETAIL, counted after the runs):"
                            + " tracker %.0f + %.0f, bare engine %.0f + %.0f.",
                    perCommitment(jdbc.queryForObject("select count(*) from ACT_HI_VARINST", Long.class), lived),
                    perCommitment(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL", Long.class), lived),
                    perCommitment(
                            bareHistory
                                    .createHistoricVariableInstanceQuery()
                                    .includeDeleted()
                                    .count(),
                            lived),
                    perCommitment(bareHistory.createHistoricDetailQuery().count(), lived)));
        }
        report.note(String.format(
                Locale.ROOT,
                "%d commitments per run and engine after %d unmeasured in each, %d runs alternating bare engine,"
                        + " checked bare engine, then tracker; CPU time is the JVM's (every thread, GC included) over"
                        + " each engine's span, per commitment; one client completing each task as its user (authenticated, as Tasklist does),"
                        + " then running the asynchronous steps the job executor would; 11 user tasks, 14 timers"
                        + " created, 5 process instances per commitment in both.",
                commitments,
                warmup,
                runs));
        report.note("Tracker: its processes, forms' checks, listeners, domain tables and e-mail outbox (to a local SMTP"
                + " server, by its 2 sender threads as in production; each run's time ends once every mail it queued"
                + " has been sent), authorization and tenant checks; H2 in memory. Bare engine: Camunda 7 built by hand in"
                + " the same JVM on its own in-memory H2, full history, UUID ids, Spin; processes"
                + " src/test/resources/bench/bare-*.bpmn (no forms, listeners, delegates or domain), checked to create"
                + " the same user tasks, timers and process instances as the tracker for each commitment. Both H2"
                + " databases with the tracker's H2 settings (" + BareEngine.H2_SETTINGS + "). Checked bare engine:"
                + " the same, with authorization and tenant checks on (the tracker's grants to the roles that work the"
                + " tasks, the models deployed to the mission's tenant, each task completed as its user of that"
                + " tenant), metrics on and transactions managed by Spring, as the tracker's engine runs.");
        report.write();
    }

    private static double perCommitment(Long rows, long commitments) {
        return rows == null ? 0 : (double) rows / commitments;
    }

    private static void live(LifecycleRunner runner, int first, int count, LocalDate today) {
        for (int n = first; n < first + count; n++) {
            runner.live(n, today);
        }
    }

    /** A run of one engine: commitments per second, and the JVM's CPU time per commitment (every thread, GC too). */
    record Measured(double rate, double cpuMillisPerCommitment) {}

    /**
     * Lives {@code count} commitments, then waits for {@code settle} (the work they left to other threads), and gives
     * the rate and the process's CPU time per commitment over the same span.
     */
    private static Measured measure(LifecycleRunner runner, int first, int count, LocalDate today, Runnable settle) {
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        live(runner, first, count, today);
        settle.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measured(count / seconds, (processCpuNanos() - cpuBefore) / 1e6 / count);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Until the outbox's sender threads have sent every mail the commitments queued (polled every 10 ms). */
    private void awaitMailsSent() {
        Awaitility.await("every mail sent")
                .atMost(Duration.ofMinutes(5))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> pendingMails() == 0);
    }

    private long pendingMails() {
        Long count =
                jdbc.queryForObject("select count(*) from notification_outbox where status = 'PENDING'", Long.class);
        return count == null ? 0 : count;
    }

    private long fulfilled() {
        Long count = jdbc.queryForObject("select count(*) from commitment where stage = 'FULFILLED'", Long.class);
        return count == null ? 0 : count;
    }

    private String lastReference() {
        return jdbc.queryForObject(
                "select reference from commitment where stage = 'FULFILLED' order by id desc limit 1", String.class);
    }
}
