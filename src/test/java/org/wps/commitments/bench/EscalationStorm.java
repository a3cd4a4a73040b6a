package org.wps.commitments.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.CommitmentTrackerApplication;
import org.wps.commitments.commitment.CommitmentLifecycle;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Roles;

/**
 * One run of the escalation storm (W3): the whole tracker started in this JVM on a fresh database (in-memory H2 or
 * PostgreSQL, {@link BenchDatabase}) with one job executor configuration, its job executor stopped while commitments
 * are opened, each with its stalled-engagement timer due at once ({@code engagement-stalled-after: P0D}) and level 1
 * of the ladder opening at once ({@code level1-after: P0D}), then the job executor started and timed until every
 * escalation is recorded.
 * Mail goes to the SMTP server given (the outbox works as in production).
 */
final class EscalationStorm implements AutoCloseable {

    /** The job executor configurations compared. */
    enum Settings {
        /**
         * Camunda's own: what the 7.24 Spring Boot starter uses when {@code camunda.bpm.job-execution.*} is not set
         * (JobExecutionProperty: core 3, max 10, queue 3; the engine's JobExecutor: 3 jobs per acquisition, 5 s
         * idle wait up to 60 s, lock 5 minutes, no back-off). Written out, since our application.yaml sets them.
         */
        CAMUNDA_DEFAULT(
                "core-pool-size=3",
                "max-pool-size=10",
                "queue-capacity=3",
                "max-jobs-per-acquisition=3",
                "lock-time-in-millis=300000",
                "wait-time-in-millis=5000",
                "max-wait=60000",
                "backoff-time-in-millis=0",
                "max-backoff=0"),
        /** The tracker's: application.yaml as it is. */
        TRACKER;

        private final List<String> jobExecution;

        Settings(String... jobExecution) {
            this.jobExecution = List.of(jobExecution);
        }
    }

    static final String TITLE_PREFIX = "Escalation storm ";
    private static final Duration PATIENCE = Duration.ofMinutes(20);

    private final ConfigurableApplicationContext context;
    private final JobExecutor jobExecutor;
    private final SingleConnectionDataSource observer;
    private final StormLedger ledger;

    private EscalationStorm(ConfigurableApplicationContext context, BenchDatabase.Target database) {
        this.context = context;
        this.jobExecutor = context.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor();
        // the benchmark watches through its own connection: taking one of the application's pool would compete
        // with the job threads it measures (and wait for one when they hold them all)
        this.observer = new SingleConnectionDataSource(database.url(), database.username(), database.password(), true);
        this.ledger = new StormLedger(new JdbcTemplate(observer), TITLE_PREFIX);
        // the starter starts the job executor with the application; nothing is due yet, stop it until the storm
        jobExecutor.shutdown();
    }

    /** Starts the tracker with {@code settings} on a fresh database of {@code database}, its job executor stopped. */
    static EscalationStorm start(Settings settings, BenchDatabase database, int smtpPort, String name) {
        BenchDatabase.Target target = database.create(name);
        List<String> args = new ArrayList<>(
                target.properties().stream().map(property -> "--" + property).toList());
        args.addAll(List.of(
                "--server.port=0",
                "--spring.autoconfigure.exclude="
                        + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration",
                "--camunda.bpm.job-execution.enabled=true",
                "--commitments.node-id=" + name,
                "--commitments.timers.engagement-stalled-after=P0D",
                "--commitments.escalation.level1-after=P0D",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                // as production sends mail (application.yaml; the test profile sends on the committing thread)
                "--commitments.notifications.sender-threads=2",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=warn"));
        settings.jobExecution.forEach(p -> args.add("--camunda.bpm.job-execution." + p));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CommitmentTrackerApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
        return new EscalationStorm(context, target);
    }

    /**
     * Opens {@code count} commitments of UNMISS through the lifecycle's facade (the real process, as {@code POST
     * /api/commitments} does), 100 per transaction, as the UNMISS adviser. Returns the seconds it took.
     */
    double seed(int count) {
        CommitmentLifecycle lifecycle = context.getBean(CommitmentLifecycle.class);
        IdentityService identity = context.getBean(IdentityService.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        LocalDate targetSigning = LocalDate.now().plusYears(1);
        String run =
                UUID.randomUUID().toString().replaceAll("[^a-f]", ""); // letters only: digit runs read as phone numbers
        long start = System.nanoTime();
        identity.setAuthentication("unmissAdviser", List.of(Roles.ADVISERS), List.of("unmiss"));
        try {
            for (int from = 0; from < count; from += 100) {
                int first = from;
                transactions.executeWithoutResult(tx -> {
                    for (int i = first; i < Math.min(first + 100, count); i++) {
                        lifecycle.open(new NewCommitment(
                                "UNMISS",
                                "GOV-SSD",
                                CommitmentType.JOINT_COMMUNIQUE,
                                TITLE_PREFIX + run + " " + i,
                                targetSigning,
                                Sensitivity.CONFIDENTIAL,
                                null));
                    }
                });
            }
        } finally {
            identity.clearAuthentication();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Starts the job executor and waits, polling the database every 100 ms, until {@code expected} escalations are
     * recorded. Returns the seconds from the start to the first poll that saw them all.
     */
    double unleash(long expected) {
        if (ledger.pendingTimers() != expected) {
            throw new IllegalStateException(
                    "expected " + expected + " due stalled-engagement timers, found " + ledger.pendingTimers());
        }
        long start = System.nanoTime();
        jobExecutor.start();
        Awaitility.await("every escalation recorded")
                .atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ledger.escalations() >= expected);
        return (System.nanoTime() - start) / 1e9;
    }

    StormLedger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        observer.destroy();
        context.close();
    }
}
