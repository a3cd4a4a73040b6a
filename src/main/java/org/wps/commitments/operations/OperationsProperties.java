package org.wps.commitments.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Health and metrics, under {@code commitments.operations.*}.
 *
 * @param figuresRefresh how long the figures behind the health details and the gauges are reused before they are
 *     counted again: scrapes and load balancer probes never query the database more often than this
 * @param backlogWarningJobs due jobs waiting for a job executor from which the job backlog reports {@code BACKLOG}
 * @param backlogWarningWait wait of the oldest due job from which the job backlog reports {@code BACKLOG}
 */
@ConfigurationProperties("commitments.operations")
record OperationsProperties(
        @DefaultValue("PT30S") Duration figuresRefresh,
        @DefaultValue("1000") long backlogWarningJobs,
        @DefaultValue("PT15M") Duration backlogWarningWait) {

    OperationsProperties {
        if (figuresRefresh == null || figuresRefresh.isNegative()) {
            throw new IllegalArgumentException("commitments.operations.figures-refresh must not be negative");
        }
        if (backlogWarningJobs < 1) {
            throw new IllegalArgumentException("commitments.operations.backlog-warning-jobs must be at least 1");
        }
        if (backlogWarningWait == null || backlogWarningWait.isNegative() || backlogWarningWait.isZero()) {
            throw new IllegalArgumentException(
                    "commitments.operations.backlog-warning-wait must be a positive duration");
        }
    }
}
