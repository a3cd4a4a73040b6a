package org.wps.commitments.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/**
 * Turns plan and activity dates into the instants the processes' timers and due dates read, with the
 * configured time zone and reminder periods ({@code commitments.activities.*}).
 */
@Component
class PlanDates {

    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    PlanDates(Deadlines deadlines, CommitmentsProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
    }

    Date startOf(LocalDate date) {
        return Date.from(date.atStartOfDay(properties.timeZone()).toInstant());
    }

    LocalDate today() {
        return deadlines.now().atZone(properties.timeZone()).toLocalDate();
    }

    Instant now() {
        return deadlines.now();
    }

    Date earlyReminder(LocalDate deadline) {
        return startOf(deadline.minus(properties.activities().earlyReminderBefore()));
    }

    Date lateReminder(LocalDate deadline) {
        return startOf(deadline.minus(properties.activities().lateReminderBefore()));
    }

    Date validationDueDate() {
        return Date.from(deadlines
                .now()
                .atZone(properties.timeZone())
                .plus(properties.deadlines().seniorReview())
                .toInstant());
    }

    boolean isAhead(Date date) {
        return date.toInstant().isAfter(deadlines.now());
    }
}
