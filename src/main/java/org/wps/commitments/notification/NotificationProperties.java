package org.wps.commitments.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail notifications, under {@code commitments.notifications.*}. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is queued or sent.
 *
 * @param from sender address of every notification
 * @param tasklistUrl link to Tasklist appended to every body, so people go straight to the work
 * @param retryEnabled whether this node sweeps the outbox for mails not sent after their transaction
 * @param retryEvery pause between two sweeps
 * @param maxAttempts attempts per mail (the first one after commit included) before it is marked failed
 */
@ConfigurationProperties("commitments.notifications")
record NotificationProperties(
        @DefaultValue("commitments-tracker@example.org") String from,
        @DefaultValue("http://localhost:8080/camunda/app/tasklist/") String tasklistUrl,
        @DefaultValue("true") boolean retryEnabled,
        @DefaultValue("PT5M") Duration retryEvery,
        @DefaultValue("5") int maxAttempts) {

    NotificationProperties {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("commitments.notifications.from must be an e-mail address");
        }
        if (retryEvery == null || retryEvery.isNegative() || retryEvery.isZero()) {
            throw new IllegalArgumentException("commitments.notifications.retry-every must be a positive duration");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("commitments.notifications.max-attempts must be at least 1");
        }
    }
}
