package org.wps.commitments.bench;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriUtils;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.overdue.OverdueKind;
import org.wps.commitments.overdue.OverduePage;
import org.wps.commitments.overdue.OverdueRow;

/**
 * The baseline of the overdue view's benchmark: the first page of late commitments as one would build it on the
 * engine alone, the way the tracker deliberately does not. A task query of the missions' tenants for tasks due before
 * now, ordered by due date (and its count), then for each task its variables (to learn which commitment it is), its
 * candidate group when nobody claimed it, and the commitment, party and open escalation level from our tables. It
 * produces exactly the rows of {@link org.wps.commitments.overdue.OverdueService#page} for such commitments (checked by
 * {@code OverdueViewSmokeTest}), only for tasks of {@link OverdueViewSeed#PROCESS_KEY}.
 */
final class NaiveOverdueView {

    private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    private static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";

    private record Commitment(
            String reference,
            String mission,
            String partyCode,
            String partyName,
            String title,
            String stage,
            boolean suspended,
            String processInstanceId) {}

    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    NaiveOverdueView(TaskService tasks, JdbcTemplate jdbc, Clock clock, ZoneId zone) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    /** The first page of {@code size} late commitments of the missions, most overdue first. */
    OverduePage firstPage(Set<String> missions, int size) {
        Date now = Date.from(clock.instant());
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        var query = tasks.createTaskQuery()
                .processDefinitionKey(OverdueViewSeed.PROCESS_KEY)
                .tenantIdIn(missions.stream().map(Mission::tenantIdOf).toArray(String[]::new))
                .dueBefore(now);
        long total = query.count();
        List<OverdueRow> rows = query.orderByDueDate().asc().listPage(0, size).stream()
                .map(task -> row(task, today))
                .toList();
        return new OverduePage(0, size, total, rows);
    }

    private OverdueRow row(Task task, LocalDate today) {
        Map<String, Object> variables = tasks.getVariables(task.getId());
        long id = ((Number) variables.get(COMMITMENT_ID.name())).longValue();
        Commitment c = jdbc.queryForObject(
                "select c.reference, c.mission_code, c.party_code, p.name, c.title, c.stage,"
                        + " c.suspended_at is not null, c.process_instance_id"
                        + " from commitment c join party p on p.code = c.party_code where c.id = ?",
                (rs, n) -> new Commitment(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getString(8)),
                id);
        Integer level = jdbc.queryForObject(
                "select coalesce(max(level), 0) from escalation where commitment_id = ? and closed_at is null"
                        + " and item_type in ('STALLED_ENGAGEMENT', 'SIGNATURE', 'PLAN_DRAFTING')",
                Integer.class,
                id);
        String responsible = task.getAssignee() != null ? task.getAssignee() : candidateGroup(task);
        LocalDate due = task.getDueDate().toInstant().atZone(zone).toLocalDate();
        return new OverdueRow(
                OverdueKind.COMMITMENT,
                id,
                c.mission(),
                c.partyCode(),
                c.partyName(),
                c.reference(),
                c.title(),
                c.stage(),
                null,
                responsible,
                due,
                ChronoUnit.DAYS.between(due, today),
                level,
                c.suspended(),
                c.processInstanceId(),
                task.getId(),
                TASKLIST + task.getId(),
                COCKPIT + task.getProcessInstanceId(),
                "/commitments/" + UriUtils.encodePathSegment(c.reference(), StandardCharsets.UTF_8));
    }

    private String candidateGroup(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .findFirst()
                .orElse(null);
    }
}
