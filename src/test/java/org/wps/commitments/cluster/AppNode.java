package org.wps.commitments.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the tracker: the packaged Spring Boot jar ({@code mvn verify} passes its path as the system property
 * {@code tracker.jar}) started as a separate JVM on a free port, for tests that kill, restart or cluster the
 * application as an operator would. Its standard output and error go to {@code target/nodes/<name>.log}.
 * {@link #start} returns once {@code GET /actuator/health} answers {@code 200 UP}, and the node knows how long that
 * took ({@link #startup}) and reads its resident memory ({@link #residentMemoryKiB}). Any other Spring Boot jar with
 * the actuator starts the same way ({@link Program}), e.g. the bare Camunda app of benchmark W4.
 */
public final class AppNode implements AutoCloseable {

    /** Generous: a cold start with demo seeding on a busy two-core machine has taken over two minutes. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** Often enough to time a start to a few tens of milliseconds; a refused connection costs the node nothing. */
    private static final Duration POLL_EVERY = Duration.ofMillis(25);

    private static final Path LOG_DIRECTORY = Path.of("target", "nodes");

    /** The JVM options of every node unless a test chooses others: a heap of a size a small server would give. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx768m");

    /**
     * What a node runs: {@code java <jvmOptions> -jar <jar>}.
     *
     * @param jar an executable Spring Boot jar with the actuator's {@code /actuator/health}
     */
    public record Program(Path jar, List<String> jvmOptions) {

        public Program {
            jvmOptions = List.copyOf(jvmOptions);
        }

        /** The packaged tracker (system property {@code tracker.jar}) with {@link #DEFAULT_JVM_OPTIONS}. */
        public static Program tracker() {
            return jar("tracker.jar", DEFAULT_JVM_OPTIONS);
        }

        /** The jar named by {@code systemProperty}, which must exist, with these JVM options. */
        public static Program jar(String systemProperty, List<String> jvmOptions) {
            String jar = System.getProperty(systemProperty);
            if (jar == null || !Files.isRegularFile(Path.of(jar))) {
                throw new IllegalStateException("system property " + systemProperty + " names no jar (" + jar
                        + "): run the *IT tests with mvn verify (the benchmarks with mvn verify -Pbench), which"
                        + " package the application first");
            }
            return new Program(Path.of(jar).toAbsolutePath(), jvmOptions);
        }

        /** The same jar with other JVM options. */
        public Program withJvmOptions(List<String> options) {
            return new Program(jar, options);
        }
    }

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final long launchedAt;
    private long healthyAt;

    private AppNode(String name, int port, Process process, Path log, long launchedAt) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.launchedAt = launchedAt;
    }

    /**
     * Starts {@code java -Xmx768m -jar <tracker.jar> --server.port=<free port> <args>} with {@code env} added to
     * this JVM's environment, in this JVM's working directory, and waits until it is healthy.
     */
    public static AppNode start(String name, Map<String, String> env, List<String> args) {
        return start(name, env, args, Path.of("").toAbsolutePath());
    }

    /**
     * As {@link #start(String, Map, List)}, in {@code workingDirectory}: relative paths of the application's
     * configuration resolve there (the demo profile's H2 database {@code ./data/commitments}, for instance), so a
     * test can run the application's own defaults on a database of its own.
     */
    public static AppNode start(String name, Map<String, String> env, List<String> args, Path workingDirectory) {
        return start(name, Program.tracker(), env, args, workingDirectory);
    }

    /**
     * Starts {@code java <jvm options> -jar <jar> --server.port=<free port> <args>} of {@code program} with {@code
     * env} added to this JVM's environment, in {@code workingDirectory}, and waits until it is healthy.
     */
    public static AppNode start(
            String name, Program program, Map<String, String> env, List<String> args, Path workingDirectory) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(program.jvmOptions());
        command.addAll(List.of("-jar", program.jar().toString(), "--server.port=" + port));
        // /actuator/health includes the readiness state, so it answers UP only once start-up is over
        // (ApplicationRunners such as the demo seeding included), not as soon as Tomcat listens
        command.add("--management.endpoint.health.probes.enabled=true");
        command.addAll(args);
        Path log = LOG_DIRECTORY.resolve(name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            long launchedAt = System.nanoTime();
            AppNode node = new AppNode(name, port, builder.start(), log, launchedAt);
            try {
                node.awaitHealthy();
            } catch (RuntimeException | Error e) {
                node.kill();
                throw e;
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + name + ": " + command, e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The operating system's id of the node's JVM. */
    public long pid() {
        return process.pid();
    }

    /**
     * From just before the process was launched to the first {@code 200 UP} of {@code /actuator/health} (polled
     * every 25 ms, so up to that much late).
     */
    public Duration startup() {
        return Duration.ofNanos(healthyAt - launchedAt);
    }

    /** The node's resident memory now ({@code VmRSS} of {@code /proc/<pid>/status}, Linux only), in KiB. */
    public long residentMemoryKiB() {
        return procStatusKiB("VmRSS");
    }

    /**
     * The processor time the node's JVM has used so far, all its threads, user and system ({@code utime + stime} of
     * {@code /proc/<pid>/stat}, Linux only): unlike the time on the clock, hardly affected by other processes
     * competing for the processors.
     */
    public Duration cpuTime() {
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        try {
            String line = Files.readString(stat);
            // "<pid> (<command>) <state> ...": fields 14 and 15 (utime, stime) counted from the pid, in clock ticks of
            // 1/100 s (USER_HZ, 100 on Linux whatever the kernel's own tick rate)
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 10);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + stat + " (node " + name + " not running?)", e);
        }
    }

    /** The node's highest resident memory so far ({@code VmHWM}), in KiB. */
    public long peakResidentMemoryKiB() {
        return procStatusKiB("VmHWM");
    }

    private long procStatusKiB(String field) {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        try {
            // e.g. "VmRSS:\t  653348 kB"
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> line.substring(field.length() + 1).strip())
                    .map(value -> Long.parseLong(value.substring(0, value.indexOf(' '))))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + field + " in " + status));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status + " (node " + name + " not running?)", e);
        }
    }

    /** Kills the node at once (SIGKILL, as {@code kill -9}): no shutdown hook, nothing flushed, and waits for it. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(STOP_TIMEOUT, "kill");
    }

    /** Stops the node as an operator would (SIGTERM: Spring closes the context) and waits for it to exit. */
    public void stop() {
        process.destroy();
        if (!waitForExit(STOP_TIMEOUT, null)) {
            process.destroyForcibly();
            waitForExit(STOP_TIMEOUT, "kill");
            throw new IllegalStateException(
                    "node " + name + " did not stop within " + STOP_TIMEOUT + " of SIGTERM; killed it\n" + logTail(40));
        }
    }

    /** The last {@code lines} lines of the node's log, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return "node " + name + " on port " + port;
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "node " + name + " exited with " + process.exitValue() + " while starting\n" + logTail(60));
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    healthyAt = System.nanoTime();
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (ConnectException e) {
                last = "not listening yet";
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while node " + name + " was starting", e);
            }
            waitForExit(POLL_EVERY, null);
        }
        throw new IllegalStateException(
                "node " + name + " not healthy within " + START_TIMEOUT + " (last: " + last + ")\n" + logTail(60));
    }

    /** Waits up to {@code timeout} for the process to exit; true if it did. */
    private boolean waitForExit(Duration timeout, String failingAction) {
        try {
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited && failingAction != null) {
                throw new IllegalStateException(
                        "node " + name + " still running " + timeout + " after " + failingAction);
            }
            return exited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for node " + name, e);
        }
    }

    /** The {@code java} of this JVM, so the node runs on the same Java as the test. */
    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
