package org.wps.commitments.overdue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.concern.ComplianceConcernProcess;
import org.wps.commitments.confidentiality.Clearance;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.TrackerWork;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.input.InvalidInputException.FieldProblem;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.mission.MissionAccess;
import org.wps.commitments.plan.ActivityFollowUpProcess;
import org.wps.commitments.plan.ImplementationPlanProcess;
import org.wps.commitments.process.EngineQueries;
import org.wps.commitments.review.MonitoringReviewProcess;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * The overdue view: reads filters as people type them, lists the rows of the caller's missions from the domain
 * tables ({@link OverdueQuery}), and adds to each row of a page the link to its open Tasklist task (an indexed
 * task query by process instance and task key, kept only when the task is of the row's mission and the caller may
 * open it) and to its process instance in Cockpit.
 */
@Service
public class OverdueService {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";
    /** Open tasks of a drafted plan considered per row: the draft and its validation, rarely more than one. */
    private static final int CANDIDATES = 10;

    private final OverdueQuery query;
    private final MissionAccess missionAccess;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final TaskVisibility visibility;
    private final Clock clock;
    private final ZoneId zone;

    OverdueService(
            OverdueQuery query,
            MissionAccess missionAccess,
            TaskService taskService,
            IdentityService identityService,
            ProcessEngine engine,
            Clock clock,
            CommitmentsProperties properties) {
        this.query = query;
        this.missionAccess = missionAccess;
        this.taskService = taskService;
        this.identityService = identityService;
        this.visibility = new TaskVisibility(engine);
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * The filter from request parameters (each may be null or blank): a mission the caller does not belong to
     * is not found, as if it did not exist; a bad bucket, level, page or size is refused with a plain message.
     */
    public OverdueFilter filter(OverdueParameters parameters, Actor user) {
        String mission = parameters.mission();
        String party = parameters.party();
        String pillar = parameters.pillar();
        String level = parameters.level();
        String bucket = parameters.bucket();
        String page = parameters.page();
        String size = parameters.size();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> missions = blank(mission)
                ? user.missionCodes()
                : Set.of(missionAccess.visibleMission(mission, user).getCode());
        Integer levelValue = null;
        if (!blank(level)) {
            levelValue = integer(level);
            if (levelValue == null || levelValue < 0 || levelValue > 3) {
                problems.add(new FieldProblem("level", "The escalation level is a number from 0 to 3."));
                levelValue = null;
            }
        }
        DueBucket bucketValue = DueBucket.OVERDUE;
        if (!blank(bucket)) {
            String name = bucket.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            bucketValue = Arrays.stream(DueBucket.values())
                    .filter(b -> b.name().equals(name))
                    .findFirst()
                    .orElse(null);
            if (bucketValue == null) {
                problems.add(new FieldProblem(
                        "bucket", "The bucket is one of overdue, due_soon or no_due_date, not '" + bucket + "'."));
            }
        }
        Integer pageValue = blank(page) ? Integer.valueOf(0) : integer(page);
        if (pageValue == null || pageValue < 0 || pageValue > 100_000) {
            problems.add(new FieldProblem("page", "The page is a number from 0 (the first page)."));
        }
        Integer sizeValue = blank(size) ? Integer.valueOf(OverdueFilter.DEFAULT_SIZE) : integer(size);
        if (sizeValue == null || sizeValue < 1 || sizeValue > OverdueFilter.MAX_SIZE) {
            problems.add(
                    new FieldProblem("size", "The page size is a number from 1 to " + OverdueFilter.MAX_SIZE + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OverdueFilter(
                missions,
                blank(mission) ? null : missions.iterator().next(),
                blank(party) ? null : party.trim().toUpperCase(Locale.ROOT),
                blank(pillar) ? null : pillar.trim(),
                levelValue,
                bucketValue,
                pageValue,
                sizeValue,
                Clearance.strictMissions(user));
    }

    /** One page of the filter, with links. */
    @Transactional(readOnly = true)
    public OverduePage page(OverdueFilter filter) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<OverdueQuery.Found> found = query.page(filter, now, zone).stream()
                .map(f -> redacted(f, filter))
                .toList();
        Map<OverdueQuery.Found, Task> tasks = openTasks(found);
        List<OverdueRow> rows =
                found.stream().map(f -> row(f, tasks.get(f), today)).toList();
        return new OverduePage(filter.page(), filter.size(), query.count(filter, filter.bucket(), now, zone), rows);
    }

    /** The counts behind the dashboard's tabs and charts, for the filter (its bucket and page aside). */
    @Transactional(readOnly = true)
    public OverdueStats stats(OverdueFilter filter) {
        Instant now = clock.instant();
        Map<String, Map<AgeBucket, Long>> byMissionAndAge = query.overdueByMissionAndAge(filter, now, zone);
        Map<String, Long> byMission = new LinkedHashMap<>();
        new TreeSet<>(filter.missions()).forEach(m -> byMission.put(m, 0L));
        Map<AgeBucket, Long> byAge = new EnumMap<>(AgeBucket.class);
        Arrays.stream(AgeBucket.values()).forEach(b -> byAge.put(b, 0L));
        byMissionAndAge.forEach((mission, ages) -> ages.forEach((age, n) -> {
            byMission.merge(mission, n, Long::sum);
            byAge.merge(age, n, Long::sum);
        }));
        Map<String, Long> found = query.commitmentsByStage(filter);
        Map<String, Long> byStage = new LinkedHashMap<>();
        OverdueQuery.OPEN_STAGES.forEach(stage -> byStage.put(stage, found.getOrDefault(stage, 0L)));
        long overdue = byMission.values().stream().mapToLong(Long::longValue).sum();
        return new OverdueStats(
                overdue,
                query.count(filter, DueBucket.DUE_SOON, now, zone),
                query.count(filter, DueBucket.NO_DUE_DATE, now, zone),
                byMission,
                byAge,
                byStage);
    }

    /**
     * Overdue items per mission and kind over {@code missions}, as the overdue view counts them (suspended
     * commitments' items included), for the operations gauges; not restricted to a caller.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<OverdueKind, Long>> overdueByMissionAndKind(Set<String> missions) {
        var filter = new OverdueFilter(
                missions, null, null, null, null, DueBucket.OVERDUE, 0, OverdueFilter.DEFAULT_SIZE, Set.of());
        return query.overdueByMissionAndKind(filter, clock.instant(), zone);
    }

    /** The pillars of the caller's activities, for the filter form. */
    @Transactional(readOnly = true)
    public List<String> pillars(Set<String> missions) {
        return query.pillars(missions);
    }

    /** Label of a row whose content the caller may not see. */
    static final String STRICTLY_CONFIDENTIAL_ITEM = "Strictly confidential item";

    /**
     * The row as the caller may see it: a strictly confidential item of a mission she is not cleared for keeps its
     * mission, kind, stage, who is to act, due date and escalation level, and loses its party, commitment, title,
     * pillar and every link (confidentiality.Clearance).
     */
    private static OverdueQuery.Found redacted(OverdueQuery.Found f, OverdueFilter filter) {
        if (f.sensitivity() != Sensitivity.STRICTLY_CONFIDENTIAL || filter.mayReadStrict(f.mission())) {
            return f;
        }
        return new OverdueQuery.Found(
                f.kind(),
                f.id(),
                f.mission(),
                null,
                null,
                null,
                STRICTLY_CONFIDENTIAL_ITEM,
                f.stage(),
                null,
                f.responsible(),
                f.dueAt(),
                f.dueDay(),
                f.level(),
                f.suspended(),
                null,
                f.sensitivity());
    }

    private OverdueRow row(OverdueQuery.Found f, Task task, LocalDate today) {
        LocalDate due = f.dueDay() != null
                ? f.dueDay()
                : f.dueAt() == null ? null : f.dueAt().atZone(zone).toLocalDate();
        String responsible = task != null && task.getAssignee() != null ? task.getAssignee() : f.responsible();
        return new OverdueRow(
                f.kind(),
                f.id(),
                f.mission(),
                f.partyCode(),
                f.partyName(),
                f.reference(),
                f.item(),
                f.stage(),
                f.pillar(),
                responsible,
                due,
                due == null ? null : ChronoUnit.DAYS.between(due, today),
                f.level(),
                f.suspended(),
                f.processInstanceId(),
                task == null ? null : task.getId(),
                task == null ? null : TASKLIST + task.getId(),
                f.processInstanceId() == null ? null : COCKPIT + f.processInstanceId(),
                f.reference() == null
                        ? null
                        : "/commitments/"
                                + UriUtils.encodePathSegment(f.reference(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The open task that works on each row's item, if any, and only one of the row's mission that the caller may
     * open. The engine finds the page's candidate tasks without the caller's authorization and tenant checks (one
     * query by the rows' process instances, and one by reference for commitments whose plan is drafted in a called
     * process): with the checks, PostgreSQL reads the whole authorization table for such queries (issue 20: 343 ms
     * p95 at 100,000 open commitments). The candidates of another mission are dropped, and {@link TaskVisibility}
     * keeps those the caller may read by the engine's own rules.
     */
    private Map<OverdueQuery.Found, Task> openTasks(List<OverdueQuery.Found> page) {
        Map<OverdueQuery.Found, List<Task>> candidates = new HashMap<>();
        TrackerWork.run(identityService, () -> findTasks(page)
                .forEach((f, tasks) -> candidates.put(
                        f,
                        tasks.stream()
                                .filter(task -> Mission.tenantIdOf(f.mission()).equals(task.getTenantId()))
                                .toList())));
        Map<OverdueQuery.Found, Task> open = new HashMap<>();
        Set<String> readable = visibility.readable(
                candidates.values().stream().flatMap(List::stream).toList());
        candidates.forEach((f, tasks) -> tasks.stream()
                .filter(task -> readable.contains(task.getId()))
                .findFirst()
                .ifPresent(task -> open.put(f, task)));
        return open;
    }

    /** The candidate tasks of each row, oldest first; looked up without the caller's engine authentication. */
    private Map<OverdueQuery.Found, List<Task>> findTasks(List<OverdueQuery.Found> page) {
        Map<OverdueQuery.Found, List<Task>> candidates = new HashMap<>();
        Map<OverdueQuery.Found, Set<String>> byInstance = new LinkedHashMap<>();
        for (OverdueQuery.Found f : page) {
            Set<String> keys = taskKeys(f);
            if (f.processInstanceId() == null || keys.isEmpty()) {
                continue;
            }
            if (keys.contains(ImplementationPlanProcess.Elements.DRAFT_PLAN)) {
                candidates.put(
                        f,
                        taskService
                                .createTaskQuery()
                                .processInstanceBusinessKey(f.reference())
                                .taskDefinitionKeyIn(keys.toArray(String[]::new))
                                .tenantIdIn(Mission.tenantIdOf(f.mission()))
                                .orderByTaskCreateTime()
                                .asc()
                                .listPage(0, CANDIDATES));
            } else {
                byInstance.put(f, keys);
            }
        }
        if (byInstance.isEmpty()) {
            return candidates;
        }
        String[] instances = byInstance.keySet().stream()
                .map(OverdueQuery.Found::processInstanceId)
                .distinct()
                .toArray(String[]::new);
        String[] keys =
                byInstance.values().stream().flatMap(Set::stream).distinct().toArray(String[]::new);
        Map<String, List<Task>> tasksOf = new HashMap<>();
        for (Task task : EngineQueries.all(taskService
                .createTaskQuery()
                .processInstanceIdIn(instances)
                .taskDefinitionKeyIn(keys)
                .orderByTaskCreateTime()
                .asc())) {
            tasksOf.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>())
                    .add(task);
        }
        byInstance.forEach((f, wanted) -> candidates.put(
                f,
                tasksOf.getOrDefault(f.processInstanceId(), List.of()).stream()
                        .filter(task -> wanted.contains(task.getTaskDefinitionKey()))
                        .toList()));
        return candidates;
    }

    /** The task definition keys of the task that works on the row's item; empty when none does. */
    private static Set<String> taskKeys(OverdueQuery.Found f) {
        return switch (f.kind()) {
            case ACTIVITY -> Set.of(ActivityFollowUpProcess.Elements.REPORT_PROGRESS);
            case ESCALATION -> Set.of(OverdueEscalationProcess.Elements.DECIDE);
            case REVIEW -> Set.of(MonitoringReviewProcess.Elements.PREPARE_REVIEW);
            case CONCERN -> "REPORTED".equals(f.stage())
                    ? Set.of(ComplianceConcernProcess.Elements.ASSESS_CONCERN)
                    : Set.of(
                            ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP,
                            ComplianceConcernProcess.Elements.DECIDE_ACTION_OSRSG_SVC);
            case COMMITMENT -> {
                String key = stageTask(f.stage());
                if (key == null) {
                    yield Set.of();
                }
                yield key.equals(ImplementationPlanProcess.Elements.DRAFT_PLAN)
                        ? Set.of(
                                ImplementationPlanProcess.Elements.DRAFT_PLAN,
                                ImplementationPlanProcess.Elements.VALIDATE_PLAN)
                        : Set.of(key);
            }
        };
    }

    private static String stageTask(String stage) {
        return switch (stage) {
            case "ENGAGEMENT" -> CommitmentLifecycleProcess.Elements.RECORD_ENGAGEMENT;
            case "DRAFTING" -> CommitmentLifecycleProcess.Elements.DRAFT_TEXT;
            case "SENIOR_REVIEW" -> CommitmentLifecycleProcess.Elements.REVIEW_DRAFT;
            case "CLEARANCE" -> CommitmentLifecycleProcess.Elements.CLEAR_TEXT;
            case "AWAITING_SIGNATURE" -> CommitmentLifecycleProcess.Elements.RECORD_SIGNING;
            case "PLAN_DEVELOPMENT" -> ImplementationPlanProcess.Elements.DRAFT_PLAN;
            default -> null;
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Integer integer(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
