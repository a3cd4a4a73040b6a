package org.wps.commitments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.overdue.DueBucket;
import org.wps.commitments.overdue.OverdueFilter;
import org.wps.commitments.overdue.OverduePage;
import org.wps.commitments.overdue.OverdueService;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * W2, the overdue view at scale (only in {@code mvn verify -Pbench}), on the database its subclass gives it
 * ({@link OverdueViewBench} H2, {@link OverdueViewPostgresBench} PostgreSQL): 10,000 then 100,000 open commitments, 10%
 * overdue, each with its engine instance waiting at its stage's task ({@link OverdueViewSeed}). At each size, in the
 * same run and interleaved: the dashboard's first page (50 rows, every column, and the total) from our query
 * ({@link OverdueService#page}), the same page from the naive engine approach ({@link NaiveOverdueView}), and {@code
 * GET /api/overdue} over HTTP as the manager (all missions). The two approaches are first checked to give the same
 * page. Its own application context on a fresh database, without the test-coverage recorder (which would keep
 * every engine event of 100,000 instances).
 *
 * <p>System properties: {@code bench.w2.sizes} (default {@code 10000,100000}), {@code bench.runs} (3), {@code
 * bench.samples} (samples per run and approach, 100), {@code bench.warmup} (calls before measuring, 30).
 */
abstract class OverdueViewWorkload {

    static final int PAGE = 50;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void overdueViewAgainstTheNaiveEngineApproach() {
        int[] sizes = Arrays.stream(
                        System.getProperty("bench.w2.sizes", "10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        int runs = Integer.getInteger("bench.runs", 3);
        int samples = Integer.getInteger("bench.samples", 100);
        int warmup = Integer.getInteger("bench.warmup", 30);

        ProcessEngine engine = context.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Clock clock = context.getBean(Clock.class);
        OverdueService overdue = context.getBean(OverdueService.class);
        OverdueViewSeed seed = new OverdueViewSeed(engine, jdbc, context.getBean(TransactionTemplate.class), clock);
        NaiveOverdueView naive = new NaiveOverdueView(
                engine.getTaskService(),
                jdbc,
                clock,
                context.getBean(CommitmentsProperties.class).timeZone());
        OverdueHttp http = new OverdueHttp(port, "manager");
        List<String> managerTenants = OverdueViewSmokeTest.ALL_MISSIONS.stream()
                .map(Mission::tenantIdOf)
                .sorted()
                .toList();
        OverdueFilter firstPage = new OverdueFilter(
                OverdueViewSmokeTest.ALL_MISSIONS,
                null,
                null,
                null,
                null,
                DueBucket.OVERDUE,
                0,
                PAGE,
                OverdueViewSmokeTest.ALL_MISSIONS);
        BenchReport report = new BenchReport(workload(), title());
        seed.deploy();
        List<OverdueViewSeed.Party> parties = seed.parties();

        int seeded = 0;
        for (int size : sizes) {
            long start = System.nanoTime();
            seed.seed("BENCH", parties, seeded, size);
            double seconds = (System.nanoTime() - start) / 1e9;
            report.note(String.format(
                    Locale.ROOT,
                    "%,d open commitments: %,d more seeded in %.0f s (%.0f per second: domain rows by JDBC batch, engine"
                            + " instances started through RuntimeService, 500 per transaction).",
                    size,
                    size - seeded,
                    seconds,
                    (size - seeded) / seconds));
            seeded = size;

            OverduePage ours = overdue.page(firstPage);
            assertThat(ours.total()).isEqualTo(size / 10);
            assertThat(ours.items()).hasSize(PAGE);
            assertThat(naive.firstPage(firstPage.missions(), PAGE)).isEqualTo(ours);

            Runnable ourQuery = () -> overdue.page(firstPage);
            Runnable naiveQuery = () -> naive.firstPage(firstPage.missions(), PAGE);
            Runnable api = () -> http.firstPage("");
            // what the API does without HTTP: the page with the manager signed in to the engine, as
            // EngineAuthenticationFilter signs in every caller (the Tasklist links are then checked for her)
            Runnable signedIn = () -> {
                engine.getIdentityService().setAuthentication("manager", List.of(Roles.MANAGERS), managerTenants);
                try {
                    overdue.page(firstPage);
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
            };
            Latency.warmUp(warmup, ourQuery);
            Latency.warmUp(warmup, signedIn);
            Latency.warmUp(warmup, naiveQuery);
            Latency.warmUp(warmup, api);
            List<Latency.Run> oursRuns = new ArrayList<>();
            List<Latency.Run> naiveRuns = new ArrayList<>();
            List<Latency.Run> apiRuns = new ArrayList<>();
            List<Latency.Run> signedInRuns = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                oursRuns.add(Latency.sample(samples, ourQuery));
                signedInRuns.add(Latency.sample(samples, signedIn));
                naiveRuns.add(Latency.sample(samples, naiveQuery));
                apiRuns.add(Latency.sample(samples, api));
            }
            boolean targetSize = size >= 100_000 && targets();
            String at = String.format(Locale.ROOT, "%,d: ", size);
            report.figure(Figure.of(at + "our query p50", "ms", Latency.p50s(oursRuns)));
            Figure oursP95 = Figure.of(at + "our query p95", "ms", Latency.p95s(oursRuns));
            report.figure(targetSize ? oursP95.withTarget("< 10 ms", v -> v < 10) : oursP95);
            report.figure(Figure.of(at + "naive engine approach p50", "ms", Latency.p50s(naiveRuns)));
            report.figure(Figure.of(at + "naive engine approach p95", "ms", Latency.p95s(naiveRuns)));
            Figure speedup = Figure.of(
                    at + "naive p95 / our p95", "×", Latency.ratios(Latency.p95s(naiveRuns), Latency.p95s(oursRuns)));
            report.figure(targetSize ? speedup.withTarget("≥ 3 (goal 10)", v -> v >= 3) : speedup);
            report.figure(Figure.of(at + "our page signed in as the manager p50", "ms", Latency.p50s(signedInRuns)));
            report.figure(Figure.of(at + "our page signed in as the manager p95", "ms", Latency.p95s(signedInRuns)));
            report.figure(Figure.of(at + "GET /api/overdue p50", "ms", Latency.p50s(apiRuns)));
            Figure apiP95 = Figure.of(at + "GET /api/overdue p95", "ms", Latency.p95s(apiRuns));
            report.figure(
                    size >= 100_000 && apiTarget() != null ? apiP95.withTarget(apiTarget(), v -> v <= 50) : apiP95);
        }
        report.note(String.format(
                Locale.ROOT,
                "%d runs of %d samples per approach (after %d unmeasured calls each), interleaved run by run; a run"
                        + " gives a p50 and a p95, the table shows their median over the runs. One database for all"
                        + " sizes: "
                        + database(),
                runs,
                samples,
                warmup));
        report.note("Naive approach: task query of the missions' tenants, due before now, ordered by due date, with"
                + " its count; per row the task's variables, its candidate group (unless claimed), the commitment"
                + " with its party and its open escalation level from our tables (JDBC). Same 50 rows, checked equal"
                + " to ours before timing.");
        report.note("GET /api/overdue: the manager (all five missions), HTTP Basic, JSON, one client, sequential.");
        report.write();
    }

    /** The workload's id in the results: W2 on H2, where its targets are set. */
    abstract String workload();

    abstract String title();

    /** Whether the query figures at 100,000 carry the targets (set for H2). */
    abstract boolean targets();

    /** The target of {@code GET /api/overdue} p95 at 100,000, as the report prints it (both databases). */
    abstract String apiTarget();

    /** How the database ran, for the report. */
    abstract String database();
}
