package org.wps.commitments.review;

import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/** The due dates and reminder dates of a review, from {@code commitments.reviews.*}. */
@Component
class ReviewDates {

    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    ReviewDates(Deadlines deadlines, CommitmentsProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
    }

    Date due(MonitoringReview review) {
        return Date.from(deadlines.startOf(review.getDueDate()));
    }

    /** A week (reminder-before) ahead of the due date, and never in the past. */
    Date reminder(MonitoringReview review) {
        Instant at =
                deadlines.startOf(review.getDueDate().minus(properties.reviews().reminderBefore()));
        Instant now = deadlines.now();
        return Date.from(at.isBefore(now) ? now : at);
    }

    Date endorsementDue() {
        return Date.from(deadlines.fromNow(properties.reviews().endorseWithin()));
    }
}
