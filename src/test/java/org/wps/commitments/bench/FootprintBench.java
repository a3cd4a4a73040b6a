package org.wps.commitments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wps.commitments.cluster.AppNode;

/**
 * W4, footprint (only in {@code mvn verify -Pbench}): the tracker's start-up time (process launch to the first
 * {@code 200 UP} of {@code /actuator/health}) and resident memory once started, against a bare Camunda Spring Boot
 * starter app (webapps, REST API, H2, actuator; {@code src/test/bench/bare-camunda-app}, built by the same {@code
 * mvn verify -Pbench}, system property {@code bare.jar}). Runs are interleaved: bare, tracker, bare, tracker, ...;
 * each is a cold JVM on a new H2 file database, both with the same JVM options ({@link Footprint}).
 *
 * <p>The tracker runs as its README runs it: the demo profile (the default), demo users and commitments seeded at
 * start. A third application in each run, the tracker without demo data, shows what the seeding costs.
 *
 * <p>System properties: {@code bench.runs} (3), {@code bench.w4.jvm} (JVM options of both, comma separated, {@code
 * -Xmx768m}), {@code bench.w4.settle-ms} (wait between the first healthy answer and reading the memory, 2000).
 */
@Tag("bench")
class FootprintBench {

    /** What the tracker's demo profile seeds; its configuration is otherwise the demo profile's. */
    static final List<String> WITHOUT_DEMO_DATA =
            List.of("--commitments.demo.users=false", "--commitments.demo.commitments=false");

    @Test
    void trackerAgainstTheBareCamundaStarter() {
        int runs = Integer.getInteger("bench.runs", 3);
        List<String> jvm = Arrays.stream(
                        System.getProperty("bench.w4.jvm", "-Xmx768m").split(","))
                .map(String::strip)
                .filter(option -> !option.isEmpty())
                .toList();
        Duration settle = Duration.ofMillis(Long.getLong("bench.w4.settle-ms", 2000));
        AppNode.Program bare = AppNode.Program.jar("bare.jar", jvm);
        AppNode.Program tracker = AppNode.Program.jar("tracker.jar", jvm);

        // created first: it records the time and the system load before the runs
        BenchReport report = new BenchReport("W4", "Footprint: start-up time and resident memory");
        List<Footprint> bareRuns = new ArrayList<>();
        List<Footprint> trackerRuns = new ArrayList<>();
        List<Footprint> withoutDemoRuns = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            bareRuns.add(Footprint.measure("w4-bare-" + run, bare, Map.of(), List.of(), settle));
            trackerRuns.add(Footprint.measure("w4-tracker-" + run, tracker, Map.of(), List.of(), settle));
            withoutDemoRuns.add(
                    Footprint.measure("w4-tracker-no-demo-" + run, tracker, Map.of(), WITHOUT_DEMO_DATA, settle));
        }
        for (List<Footprint> app : List.of(bareRuns, trackerRuns, withoutDemoRuns)) {
            assertThat(app).allSatisfy(f -> assertThat(f.healthStatus()).isEqualTo(200));
        }

        report.figure(Figure.of("bare Camunda app: start-up", "ms", startups(bareRuns)));
        report.figure(Figure.of("tracker (demo): start-up", "ms", startups(trackerRuns)));
        report.figure(Figure.of("tracker / bare: start-up", "×", ratios(startups(trackerRuns), startups(bareRuns)))
                .withTarget("≤ 1.3", v -> v <= 1.3));
        report.figure(Figure.of("bare Camunda app: start-up CPU time", "ms", cpu(bareRuns)));
        report.figure(Figure.of("tracker (demo): start-up CPU time", "ms", cpu(trackerRuns)));
        report.figure(Figure.of("tracker / bare: start-up CPU time", "×", ratios(cpu(trackerRuns), cpu(bareRuns))));
        report.figure(Figure.of("bare Camunda app: resident memory", "MiB", resident(bareRuns)));
        report.figure(Figure.of("tracker (demo): resident memory", "MiB", resident(trackerRuns)));
        report.figure(
                Figure.of("tracker / bare: resident memory", "×", ratios(resident(trackerRuns), resident(bareRuns)))
                        .withTarget("≤ 1.3", v -> v <= 1.3));
        report.figure(Figure.of("tracker without demo data: start-up", "ms", startups(withoutDemoRuns)));
        report.figure(Figure.of(
                "tracker without demo data / bare: start-up",
                "×",
                ratios(startups(withoutDemoRuns), startups(bareRuns))));
        report.figure(Figure.of(
                "tracker without demo data / bare: start-up CPU time",
                "×",
                ratios(cpu(withoutDemoRuns), cpu(bareRuns))));
        report.figure(Figure.of("tracker without demo data: resident memory", "MiB", resident(withoutDemoRuns)));
        report.figure(Figure.of(
                "tracker without demo data / bare: resident memory",
                "×",
                ratios(resident(withoutDemoRuns), resident(bareRuns))));
        report.figure(Figure.of("bare Camunda app: peak resident memory", "MiB", peak(bareRuns)));
        report.figure(Figure.of("tracker (demo): peak resident memory", "MiB", peak(trackerRuns)));

        report.note(String.format(
                Locale.ROOT,
                "%d runs, interleaved (bare, tracker, tracker without demo data, then again); each a cold JVM"
                        + " (java %s -jar) in an empty temporary directory, so a new H2 file database under ./data for"
                        + " every start; ratios are taken run by run.",
                runs,
                String.join(" ", jvm)));
        report.note("Start-up: from just before the process is launched to the first 200 UP of /actuator/health,"
                + " polled every 25 ms; both apps include the readiness state in it, so it answers 200 only once"
                + " start-up is over (ApplicationRunners included: the tracker's identity bootstrap and demo seeding,"
                + " the bare app's admin user and filter). Its CPU time: utime + stime of /proc/<pid>/stat at that"
                + " answer, all the JVM's threads (JIT compilers and GC included), which a busy machine disturbs far"
                + " less than the time on the clock.");
        report.note(String.format(
                Locale.ROOT,
                "Resident memory: VmRSS of /proc/<pid>/status %d ms after that first healthy answer (peak: VmHWM"
                        + " then).",
                settle.toMillis()));
        report.note("Tracker: the demo profile, as `mvn spring-boot:run` and the README run it (demo users and"
                + " commitments seeded at every start on its H2 file database); without demo data: the same with"
                + " commitments.demo.users and commitments.demo.commitments false. Bare app: camunda-bpm-spring-boot-"
                + "starter-webapp and -rest, spring-boot-starter-jdbc and -actuator, H2 file database, an admin user,"
                + " the same Spring Boot, Camunda and Java.");
        report.write();
    }

    private static List<Double> startups(List<Footprint> runs) {
        return runs.stream().map(Footprint::startupMillis).toList();
    }

    private static List<Double> cpu(List<Footprint> runs) {
        return runs.stream().map(Footprint::startupCpuMillis).toList();
    }

    private static List<Double> resident(List<Footprint> runs) {
        return runs.stream().map(Footprint::residentMiB).toList();
    }

    private static List<Double> peak(List<Footprint> runs) {
        return runs.stream().map(Footprint::peakResidentMiB).toList();
    }

    private static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
        return Latency.ratios(numerators, denominators);
    }
}
