package org.wps.commitments.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/**
 * When each level of the ladder opens and is due, from {@code commitments.escalation.*}: level n opens
 * {@code levelN-after} after the item's due date (or at once), and is due when the next level would open, or
 * after {@code decision-time} at the least.
 */
@Component
class EscalationLadder {

    public static final int TOP_LEVEL = 3;

    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    EscalationLadder(Deadlines deadlines, CommitmentsProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** When level {@code level} opens for an item due on {@code itemDue}, by the configured thresholds. */
    public Instant threshold(LocalDate itemDue, int level) {
        return startOf(itemDue.plus(properties.escalation().after(level)));
    }

    /**
     * The level a ladder starts at: the highest whose threshold has already passed, at least 1. A ladder that
     * starts late (an item found late after a suspension, downtime or a late plan) does not climb rung by rung.
     */
    public int startingLevel(LocalDate itemDue) {
        Instant now = deadlines.now();
        int level = 1;
        for (int next = 2; next <= TOP_LEVEL; next++) {
            if (!threshold(itemDue, next).isAfter(now)) {
                level = next;
            }
        }
        return level;
    }

    /**
     * When the level opens.
     *
     * @param immediate the routing decision opens it at once
     * @param previous the decision that led here (null when the ladder starts)
     */
    public Instant opensAt(LocalDate itemDue, int level, boolean immediate, EscalationDecision previous) {
        Instant now = deadlines.now();
        if (previous == EscalationDecision.RAISE_TO_NEXT_LEVEL || previous == EscalationDecision.NO_DECISION) {
            return now;
        }
        if (previous == EscalationDecision.ENGAGE_PARTY) {
            Instant followUp = plus(now, properties.escalation().followUpAfterEngagement());
            return max(threshold(itemDue, level), followUp);
        }
        return immediate ? now : max(threshold(itemDue, level), now);
    }

    /** When a level opened at {@code opensAt} is due: when the next level would open, or after the decision time. */
    public Instant dueAt(LocalDate itemDue, int level, Instant opensAt) {
        Instant least = plus(opensAt, properties.escalation().decisionTime());
        return level >= TOP_LEVEL ? least : max(threshold(itemDue, level + 1), least);
    }

    public Instant now() {
        return deadlines.now();
    }

    public LocalDate today() {
        return deadlines.now().atZone(zone()).toLocalDate();
    }

    private Instant plus(Instant instant, java.time.Period period) {
        return instant.atZone(zone()).plus(period).toInstant();
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return properties.timeZone();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
