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
 * {@link #start} returns once {@code GET /actuator/health} answers {@code 200 UP}.
 */
public final class AppNode implements AutoCloseable {

    /** Generous: a cold start with demo seeding on a busy two-core machine has taken over two minutes. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final Path LOG_DIRECTORY = Path.of("target", "nodes");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
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
        int port = freePort();
        List<String> command =
                new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-jar", trackerJar(), "--server.port=" + port));
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
            AppNode node = new AppNode(name, port, builder.start(), log);
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

    private static String trackerJar() {
        String jar = System.getProperty("tracker.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property tracker.jar names no jar (" + jar
                    + "): run the *IT tests with mvn verify, which packages the application first");
        }
        return Path.of(jar).toAbsolutePath().toString();
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
