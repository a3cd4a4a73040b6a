package org.wps.commitments.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency of one call, measured as many samples in a run: {@link #sample} times {@code samples} calls one after
 * the other and gives their p50 and p95 in milliseconds. Warm-up is the caller's: run the call unmeasured first.
 */
public final class Latency {

    /** The p50 and p95 of one run's samples, in milliseconds. */
    public record Run(double p50, double p95) {}

    private Latency() {}

    /** Calls {@code action} {@code times} times, unmeasured (to warm up the JIT, caches and connection pools). */
    public static void warmUp(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }

    /** Times {@code samples} calls of {@code action}. */
    public static Run sample(int samples, Runnable action) {
        List<Double> millis = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            action.run();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        return new Run(Figure.percentile(millis, 50), Figure.percentile(millis, 95));
    }

    /** The p50 of each run. */
    public static List<Double> p50s(List<Run> runs) {
        return runs.stream().map(Run::p50).toList();
    }

    /** The p95 of each run. */
    public static List<Double> p95s(List<Run> runs) {
        return runs.stream().map(Run::p95).toList();
    }

    /** Per run, {@code numerator / denominator} of the same statistic: ratios measured in the same run. */
    public static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
        if (numerators.size() != denominators.size()) {
            throw new IllegalArgumentException("runs differ: " + numerators.size() + " and " + denominators.size());
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < numerators.size(); i++) {
            ratios.add(numerators.get(i) / denominators.get(i));
        }
        return ratios;
    }
}
