package org.wps.commitments.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * Computes every due date of the lifecycle from {@code commitments.*} settings and the one clock, so that the
 * models never hold a literal duration and a task's due date and its timer come from the same value.
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

    /** When the work of {@code stage} is due, for this commitment; null for stages without due work. */
    public Instant stageDueDate(CommitmentStage stage, Commitment commitment) {
        var timers = properties.timers();
        var deadlines = properties.deadlines();
        return switch (stage) {
            case ENGAGEMENT -> fromNow(timers.engagementStalledAfter());
            case DRAFTING -> fromNow(deadlines.drafting());
            case SENIOR_REVIEW -> fromNow(deadlines.seniorReview());
            case CLEARANCE -> fromNow(deadlines.clearance());
            case AWAITING_SIGNATURE -> startOf(commitment.getTargetSigningDate());
            case PLAN_DEVELOPMENT -> startOf(commitment.getSignedOn().plus(timers.planWarningAfter()));
            default -> null;
        };
    }

    /** When senior advisers take up a signature still missing after the target date. */
    public Instant signatureEscalationDate(Commitment commitment) {
        return startOf(
                commitment.getTargetSigningDate().plus(properties.timers().signatureEscalationAfter()));
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
