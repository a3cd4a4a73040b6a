package org.wps.commitments.operations;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One value computed at most once per {@code ttl}, whoever asks and however often: every gauge of a scrape and
 * every health probe reads the same computation. Thread-safe; a failed computation is not kept.
 */
final class Cached<T> {

    private final Supplier<T> compute;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long computedAt;

    /** {@code nanoTime}: {@link System#nanoTime} in the application, a counter in tests. */
    Cached(Supplier<T> compute, Duration ttl, LongSupplier nanoTime) {
        this.compute = compute;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized T get() {
        long now = nanoTime.getAsLong();
        if (value == null || now - computedAt >= ttlNanos) {
            return compute(now);
        }
        return value;
    }

    /** Computes afresh now, whatever the age of the value held. */
    synchronized T refresh() {
        return compute(nanoTime.getAsLong());
    }

    private T compute(long now) {
        T fresh = compute.get();
        value = fresh;
        computedAt = now;
        return fresh;
    }
}
