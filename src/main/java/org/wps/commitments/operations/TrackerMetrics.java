package org.wps.commitments.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.mission.MissionRepository;
import org.wps.commitments.overdue.OverdueKind;

/**
 * The tracker's gauges on {@code /actuator/prometheus}, read from {@link TrackerFigures} (so a scrape never counts
 * more often than {@code commitments.operations.figures-refresh}). Tags are mission codes and fixed enum values,
 * never a name, reference or free text. A gauge per mission and kind is registered at start for every mission of
 * the {@code mission} table.
 */
@Component
class TrackerMetrics implements MeterBinder {

    private final TrackerFigures figures;
    private final MissionRepository missions;

    TrackerMetrics(TrackerFigures figures, MissionRepository missions) {
        this.figures = figures;
        this.missions = missions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Mission mission : missions.findAllByOrderByCode()) {
            for (OverdueKind kind : OverdueKind.values()) {
                Gauge.builder("tracker.overdue.items", figures, f -> f.work().overdue(mission.getCode(), kind))
                        .description("Items past their due date, as the overdue view counts them")
                        .tag("mission", mission.getCode())
                        .tag("kind", kind.name())
                        .register(registry);
            }
        }
        Gauge.builder("tracker.jobs.due.unacquired", figures, f -> f.backlog().dueUnacquired())
                .description("Due jobs (timers, asynchronous steps) that no node's job executor has taken")
                .register(registry);
        Gauge.builder(
                        "tracker.jobs.due.oldest.wait",
                        figures,
                        f -> f.backlog().oldestWait().toMillis() / 1000.0)
                .description("How long the oldest due job that no node has taken has been waiting")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("tracker.jobs.failed", figures, f -> f.backlog().failedJobs())
                .description("Jobs without retries left: they run again only when someone acts in Cockpit")
                .register(registry);
        Gauge.builder("tracker.incidents.open", figures, f -> f.backlog().openIncidents())
                .description("Open incidents of the engine")
                .register(registry);
        Gauge.builder("tracker.outbox.mails", figures, f -> f.work().pendingMails())
                .description("Notification e-mails in the outbox by status")
                .tag("status", "pending")
                .register(registry);
        Gauge.builder("tracker.outbox.mails", figures, f -> f.work().failedMails())
                .description("Notification e-mails in the outbox by status")
                .tag("status", "failed")
                .register(registry);
    }
}
