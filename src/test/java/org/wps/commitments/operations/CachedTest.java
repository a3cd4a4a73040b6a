package org.wps.commitments.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link Cached}: one computation per period whoever asks, on a clock the test moves. */
class CachedTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void computesOncePerPeriod_howeverOftenItIsRead() {
        var cached = new Cached<>(computations::incrementAndGet, Duration.ofSeconds(30), nanos::get);

        assertThat(cached.get()).isEqualTo(1);
        for (int gauge = 0; gauge < 30; gauge++) {
            assertThat(cached.get()).isEqualTo(1);
        }
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cached.get()).as("29 s later").isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cached.get()).as("30 s later").isEqualTo(2);
        assertThat(cached.get()).isEqualTo(2);
        assertThat(cached.refresh()).as("refreshed on demand").isEqualTo(3);
        assertThat(cached.get()).isEqualTo(3);
        assertThat(computations).hasValue(3);
    }

    @Test
    void aFailedComputationIsNotKept() {
        var failNext = new java.util.concurrent.atomic.AtomicBoolean(false);
        var cached = new Cached<>(
                () -> {
                    if (failNext.getAndSet(false)) {
                        throw new IllegalStateException("database away");
                    }
                    return computations.incrementAndGet();
                },
                Duration.ofSeconds(30),
                nanos::get);
        assertThat(cached.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        failNext.set(true);

        assertThatThrownBy(cached::get).hasMessage("database away");
        assertThat(cached.get()).as("tried again, not the failure kept").isEqualTo(2);
    }
}
