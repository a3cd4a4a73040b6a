package org.wps.commitments.operations;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.mission.MissionRepository;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.overdue.OverdueKind;
import org.wps.commitments.overdue.OverdueService;

/**
 * The figures behind the job backlog health details and the tracker's gauges, each counted at most once per
 * {@code commitments.operations.figures-refresh} however many gauges, scrapes and probes read them: the job
 * backlog, and the work figures (overdue items per mission and kind, as the overdue view counts them, and the
 * outbox).
 */
@Component
class TrackerFigures {

    /** Overdue items per mission code and kind, and the outbox's mails not sent yet and given up. */
    record Work(Map<String, Map<OverdueKind, Long>> overdue, long pendingMails, long failedMails) {

        long overdue(String mission, OverdueKind kind) {
            return overdue.getOrDefault(mission, Map.of()).getOrDefault(kind, 0L);
        }
    }

    private final Cached<JobBacklog.Figures> backlog;
    private final Cached<Work> work;

    TrackerFigures(
            JobBacklog jobBacklog,
            OverdueService overdue,
            MissionRepository missions,
            Notifications notifications,
            OperationsProperties properties) {
        this.backlog = new Cached<>(jobBacklog::read, properties.figuresRefresh(), System::nanoTime);
        this.work = new Cached<>(
                () -> {
                    var codes = missions.findAllByOrderByCode().stream()
                            .map(Mission::getCode)
                            .collect(Collectors.toCollection(TreeSet::new));
                    Map<String, Map<OverdueKind, Long>> counts = new TreeMap<>();
                    overdue.overdueByMissionAndKind(codes)
                            .forEach((mission, byKind) -> counts.put(mission, new EnumMap<>(byKind)));
                    return new Work(counts, notifications.pendingMails(), notifications.failedMails());
                },
                properties.figuresRefresh(),
                System::nanoTime);
    }

    JobBacklog.Figures backlog() {
        return backlog.get();
    }

    Work work() {
        return work.get();
    }

    /** Counts everything afresh now (tests, and whoever must not wait for the next refresh). */
    public void refresh() {
        backlog.refresh();
        work.refresh();
    }
}
