package org.wps.commitments.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wps.commitments.bench.EscalationStorm.Settings;

/**
 * W3, the escalation storm (only in {@code mvn verify -Pbench}): 5,000 stalled-engagement timers fall due together
 * and each opens level 1 of the escalation ladder; measured is the time from the job executor's start to the last
 * escalation recorded, with Camunda's default job executor settings and with the tracker's own, in the same run,
 * interleaved run by run (default, ours, default, ours, ...), on H2 (the tracker's default database, in memory) and
 * then on PostgreSQL (the production database, a real server on this machine). Each run starts the whole application
 * on a fresh database ({@link EscalationStorm}, {@link BenchDatabase}); every run must record each escalation exactly
 * once ({@link StormLedger}) or the benchmark fails.
 *
 * <p>System properties: {@code bench.w3.timers} (default 5000), {@code bench.w3.warmup} (timers of one unmeasured
 * storm first on each database, default 1000; 0 for none), {@code bench.runs} (3), {@code bench.w3.databases} (comma
 * separated, default {@code h2,postgres}).
 */
@Tag("bench")
class EscalationStormBench {

    @Test
    void escalationStormAgainstCamundasDefaultJobExecutor() throws Exception {
        int timers = Integer.getInteger("bench.w3.timers", 5000);
        int runs = Integer.getInteger("bench.runs", 3);
        int warmup = Integer.getInteger("bench.w3.warmup", 1000);
        List<String> databases =
                List.of(System.getProperty("bench.w3.databases", "h2,postgres").split(","));
        // made first, so that it records the start, the duration and the load before the runs
        BenchReport report = new BenchReport(
                "W3", "Escalation storm: timers falling due together, each opening level 1 of the ladder");
        List<String> descriptions = new ArrayList<>();
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            for (String name : databases) {
                try (BenchDatabase database = BenchDatabase.named(name)) {
                    List<Double> seeding = new ArrayList<>();
                    Map<Settings, List<Double>> seconds = storms(database, smtp, timers, runs, warmup, seeding);
                    figures(report, database.label(), timers, seconds);
                    descriptions.add(String.format(
                            Locale.ROOT,
                            "%s Opening the commitments took %.0f s per run (median).",
                            database.description(),
                            Figure.of("seeding", "s", seeding).median()));
                }
            }
        } finally {
            smtp.stop();
        }

        report.note(String.format(
                        Locale.ROOT,
                        "Each run starts the whole tracker in this JVM on a fresh database (one node), its job"
                                + " executor stopped, opens %,d commitments through the lifecycle process (as POST"
                                + " /api/commitments does) with the stalled-engagement timer"
                                + " and level 1 of the ladder at P0D, then starts the job executor. Timed: from"
                                + " JobExecutor.start() to the first poll (every 100 ms, on a connection of its own)"
                                + " that counts %,d escalation rows. On each database, one unmeasured storm of %,d"
                                + " timers (the tracker's settings) first warms the JVM up.",
                        timers,
                        timers,
                        warmup))
                .note("Databases. " + String.join(" ", descriptions))
                .note("Recorded means: the level-1 escalation row and its decision task for the senior advisers,"
                        + " written in the timer job's transaction, with the mails of the escalation queued in the"
                        + " outbox (sent to a local GreenMail server after the commit). Every run is checked: one"
                        + " escalation per commitment, one decision task each, one mail key each, each timer fired"
                        + " successfully exactly once and never failed (job log), no incident; otherwise the"
                        + " benchmark fails.")
                .note("Camunda's default: the 7.24 Spring Boot starter's job executor without camunda.bpm.job-execution"
                        + " settings (core 3, max 10 threads, queue 3, 3 jobs per acquisition, 5 s idle wait up to"
                        + " 60 s, no back-off). The tracker's: application.yaml. Interleaved run by run (default"
                        + " first); the ratio is taken run by run.")
                .write();
    }

    /** The measured storms on one database: the seconds of each run, by settings. */
    private static Map<Settings, List<Double>> storms(
            BenchDatabase database, GreenMail smtp, int timers, int runs, int warmup, List<Double> seeding)
            throws FolderException {
        String db = database.label().toLowerCase(Locale.ROOT);
        // unmeasured: the JVM compiles the escalation path (and this database's driver) once, so the first measured
        // run (the default's) does not pay for it alone
        if (warmup > 0) {
            try (EscalationStorm storm = EscalationStorm.start(
                    Settings.TRACKER, database, smtp.getSmtp().getPort(), "w3-" + db + "-warmup")) {
                storm.seed(warmup);
                storm.unleash(warmup);
                storm.ledger().assertEveryEscalationRecordedExactlyOnce(warmup);
            }
            smtp.purgeEmailFromAllMailboxes();
        }
        Map<Settings, List<Double>> seconds = new EnumMap<>(Settings.class);
        for (int run = 1; run <= runs; run++) {
            for (Settings settings : Settings.values()) {
                String name = "w3-" + db + "-" + settings.name().toLowerCase(Locale.ROOT) + "-" + run;
                try (EscalationStorm storm =
                        EscalationStorm.start(settings, database, smtp.getSmtp().getPort(), name)) {
                    seeding.add(storm.seed(timers));
                    double took = storm.unleash(timers);
                    seconds.computeIfAbsent(settings, s -> new ArrayList<>()).add(took);
                    storm.ledger().assertEveryEscalationRecordedExactlyOnce(timers);
                    System.out.printf(
                            Locale.ROOT,
                            "W3 %s run %d, %s: %d escalations in %.1f s (%.0f per second)%n",
                            database.label(),
                            run,
                            settings,
                            timers,
                            took,
                            timers / took);
                }
                smtp.purgeEmailFromAllMailboxes();
            }
        }
        return seconds;
    }

    private static void figures(BenchReport report, String database, int timers, Map<Settings, List<Double>> seconds) {
        List<Double> defaultRate = rates(timers, seconds.get(Settings.CAMUNDA_DEFAULT));
        List<Double> ourRate = rates(timers, seconds.get(Settings.TRACKER));
        String n = String.format(Locale.ROOT, "%s, %,d timers: ", database, timers);
        report.figure(Figure.of(
                        n + "seconds, Camunda's default job executor", "s", seconds.get(Settings.CAMUNDA_DEFAULT)))
                .figure(Figure.of(n + "seconds, the tracker's settings", "s", seconds.get(Settings.TRACKER)))
                .figure(Figure.of(n + "escalations per second, Camunda's default", "/s", defaultRate))
                .figure(Figure.of(n + "escalations per second, the tracker's", "/s", ourRate))
                .figure(Figure.of(n + "rate, ours / default", "×", Latency.ratios(ourRate, defaultRate))
                        .withTarget("≥ 2", v -> v >= 2));
    }

    private static List<Double> rates(int timers, List<Double> seconds) {
        return seconds.stream().map(s -> timers / s).toList();
    }
}
