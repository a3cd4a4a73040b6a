package org.wps.commitments.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One measured quantity of a benchmark: its value in each measured run, their median and spread (min and max), and,
 * for a ratio or a figure with a target, the target in words and whether the median met it.
 *
 * @param runs the value of each measured run, in the order measured
 * @param target the target in words (e.g. "≥ 3"), or null
 * @param met whether the median met the target, or null without one
 */
public record Figure(
        String name,
        String unit,
        double median,
        double min,
        double max,
        List<Double> runs,
        String target,
        Boolean met) {

    public Figure {
        runs = List.copyOf(runs);
    }

    /** The figure of these runs (at least one), without a target. */
    public static Figure of(String name, String unit, List<Double> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run of " + name);
        }
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        return new Figure(name, unit, median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), runs, null, null);
    }

    /** The same figure with a target, met when {@code check} holds for the median. */
    public Figure withTarget(String target, java.util.function.DoublePredicate check) {
        return new Figure(name, unit, median, min, max, runs, target, check.test(median));
    }

    /** The median of sorted values (the mean of the middle two for an even count). */
    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The nearest-rank percentile ({@code p} from 0 to 100) of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no sample");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }
}
