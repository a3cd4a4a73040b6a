package org.wps.commitments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wps.commitments.cluster.AppNode;

/**
 * One cold start of an application jar, measured as benchmark W4 measures it: a fresh JVM ({@link AppNode}) in an
 * empty temporary working directory (so an H2 file database under {@code ./data} is new), the time from launching
 * the process to the first {@code 200 UP} of {@code /actuator/health}, then, after {@code settle}, the resident
 * memory of the process. The process is killed and its directory deleted afterwards.
 *
 * @param startupMillis from just before the process was launched to the first healthy answer
 * @param startupCpuMillis the processor time the process had used by then (all threads), which other processes on
 *     a busy machine disturb far less than the time on the clock
 * @param residentMiB {@code VmRSS} after the settle
 * @param peakResidentMiB {@code VmHWM}, the highest resident memory from launch to the end of the settle
 * @param healthStatus the HTTP status of {@code /actuator/health} once started
 * @param healthBody its body
 */
record Footprint(
        double startupMillis,
        double startupCpuMillis,
        double residentMiB,
        double peakResidentMiB,
        int healthStatus,
        String healthBody) {

    /** Starts {@code program} once with {@code env} and {@code args} and measures it. */
    static Footprint measure(
            String name, AppNode.Program program, Map<String, String> env, List<String> args, Duration settle) {
        Path directory = temporaryDirectory(name);
        try (AppNode node = AppNode.start(name, program, env, args, directory)) {
            double startupMillis = node.startup().toNanos() / 1e6;
            double startupCpuMillis = node.cpuTime().toMillis();
            HttpResponse<String> health = health(node);
            pause(settle);
            return new Footprint(
                    startupMillis,
                    startupCpuMillis,
                    node.residentMemoryKiB() / 1024.0,
                    node.peakResidentMemoryKiB() / 1024.0,
                    health.statusCode(),
                    health.body());
        } finally {
            delete(directory);
        }
    }

    private static HttpResponse<String> health(AppNode node) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A benchmark's fixed wait (the JVM finishing what start-up left, e.g. compilation), never a test's. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory(String name) {
        try {
            return Files.createTempDirectory("footprint-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }
}
