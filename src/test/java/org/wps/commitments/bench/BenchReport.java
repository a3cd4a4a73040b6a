package org.wps.commitments.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The results of one workload, written when it ends into {@code target/bench/results.json} (one object per workload,
 * a later run of the same workload replaces the earlier one) and {@code target/bench/results.md} (a table per
 * workload, rebuilt from the JSON). Each carries the machine it ran on and the system load before and after, so a
 * figure measured on a busy machine says so.
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String id;
    private final String title;
    private final Instant started = Instant.now();
    private final double loadBefore = loadAverage();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A report of workload {@code id} (e.g. {@code W2}) named {@code title}. */
    public BenchReport(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public BenchReport figure(Figure figure) {
        figures.add(figure);
        return this;
    }

    /** A sentence on how the figures were obtained (sizes, samples, what the baseline is). */
    public BenchReport note(String note) {
        notes.add(note);
        return this;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** Writes this workload into the results of {@code directory} (by default {@code target/bench}). */
    public void write() {
        write(Path.of(System.getProperty("bench.dir", "target/bench")));
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Path json = directory.resolve("results.json");
            ArrayNode all = Files.exists(json) ? (ArrayNode) JSON.readTree(json.toFile()) : JSON.createArrayNode();
            ArrayNode kept = JSON.createArrayNode();
            all.forEach(node -> {
                if (!id.equals(node.path("workload").asText())) {
                    kept.add(node);
                }
            });
            kept.add(toJson());
            List<JsonNode> sorted = new ArrayList<>();
            kept.forEach(sorted::add);
            sorted.sort(Comparator.comparing(node -> node.path("workload").asText()));
            ArrayNode out = JSON.createArrayNode().addAll(sorted);
            JSON.writeValue(json.toFile(), out);
            Files.writeString(directory.resolve("results.md"), markdown(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("workload", id);
        node.put("title", title);
        node.put("date", started.truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("seconds", ChronoUnit.SECONDS.between(started, Instant.now()));
        ObjectNode machine = node.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("cpu", cpuModel());
        machine.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        machine.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        machine.put("loadAverageBefore", loadBefore);
        machine.put("loadAverageAfter", loadAverage());
        node.set("figures", JSON.valueToTree(figures));
        node.set("notes", JSON.valueToTree(notes));
        return node;
    }

    /** A section per workload: machine, then a table of its figures, then its notes. */
    static String markdown(ArrayNode workloads) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n`mvn verify -Pbench`; each figure is the median of"
                + " its runs, with the spread (min–max) and every run.\n");
        for (JsonNode w : workloads) {
            JsonNode m = w.path("machine");
            md.append("\n## ")
                    .append(w.path("workload").asText())
                    .append(": ")
                    .append(w.path("title").asText())
                    .append("\n\n")
                    .append(w.path("date").asText())
                    .append(", ")
                    .append(w.path("seconds").asLong())
                    .append(" s; ")
                    .append(m.path("cores").asInt())
                    .append(" cores (")
                    .append(m.path("cpu").asText())
                    .append("), max heap ")
                    .append(m.path("maxHeapMiB").asLong())
                    .append(" MiB, Java ")
                    .append(m.path("java").asText())
                    .append(", ")
                    .append(m.path("os").asText())
                    .append("; load average ")
                    .append(format(m.path("loadAverageBefore").asDouble()))
                    .append(" before, ")
                    .append(format(m.path("loadAverageAfter").asDouble()))
                    .append(
                            " after.\n\n| Figure | Median | Spread (min–max) | Runs | Target | Met |\n|---|---|---|---|---|---|\n");
            for (JsonNode f : w.path("figures")) {
                List<String> runs = new ArrayList<>();
                f.path("runs").forEach(r -> runs.add(format(r.asDouble())));
                String unit = f.path("unit").asText();
                md.append("| ")
                        .append(f.path("name").asText())
                        .append(" | ")
                        .append(format(f.path("median").asDouble()))
                        .append(unit.isEmpty() ? "" : " " + unit)
                        .append(" | ")
                        .append(format(f.path("min").asDouble()))
                        .append("–")
                        .append(format(f.path("max").asDouble()))
                        .append(" | ")
                        .append(String.join(", ", runs))
                        .append(" | ")
                        .append(
                                f.path("target").isNull()
                                        ? ""
                                        : f.path("target").asText())
                        .append(" | ")
                        .append(f.path("met").isNull() ? "" : f.path("met").asBoolean() ? "yes" : "**no**")
                        .append(" |\n");
            }
            w.path("notes").forEach(n -> md.append("\n- ").append(n.asText()));
            md.append('\n');
        }
        return md.toString();
    }

    /** Three significant digits at most, no exponent. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
