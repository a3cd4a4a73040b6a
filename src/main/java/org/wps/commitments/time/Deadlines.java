package org.wps.commitments.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * The one clock ({@link ClockConfiguration}) and the date arithmetic every due date is built from, in the
 * configured time zone, so that the models never hold a literal duration and a task's due date and its timer come
 * from the same value.
 */
@Component
public class Deadlines {

    private final Clock clock;
    private final CommitmentsProperties properties;

    Deadlines(Clock clock, CommitmentsProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public Instant now() {
        return clock.instant();
    }

    /** This long from now, in the configured time zone. */
    public Instant fromNow(Period period) {
        return plus(now(), period);
    }

    /** Today, in the configured time zone. */
    public LocalDate today() {
        return now().atZone(properties.timeZone()).toLocalDate();
    }

    private Instant plus(Instant instant, Period period) {
        return instant.atZone(properties.timeZone()).plus(period).toInstant();
    }

    /** The first instant of {@code date}, in the configured time zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(properties.timeZone()).toInstant();
    }
}
