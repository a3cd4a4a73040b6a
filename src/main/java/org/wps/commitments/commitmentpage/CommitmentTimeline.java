package org.wps.commitments.commitmentpage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentDecision;
import org.wps.commitments.commitment.CommitmentDecisionRepository;
import org.wps.commitments.commitmentpage.TimelineEntry.Kind;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.escalation.EscalationRepository;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.plan.DeadlineChange;
import org.wps.commitments.plan.DeadlineChangeSource;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.process.EngineQueries;

/**
 * A commitment's timeline, newest first: from the engine's history of every process instance with the
 * commitment's reference as business key (its lifecycle and every process it called) the processes started and
 * ended, the tasks created, completed (by whom, from the user operation log) or cancelled, and the timers fired;
 * from our tables the decisions on the commitment, deadline changes and escalation levels opened and decided.
 * History is read by business key and process instance id only, never by variables, and under the caller's
 * engine authentication, so the engine's own tenant check applies as well.
 */
@Component
class CommitmentTimeline {

    private static final Set<String> TIMER_TYPES = Set.of(
            ActivityTypes.INTERMEDIATE_EVENT_TIMER, ActivityTypes.BOUNDARY_TIMER, ActivityTypes.START_EVENT_TIMER);

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .thenComparing(e -> e.kind().ordinal())
            .reversed();

    private final HistoryService historyService;
    private final CommitmentDecisionRepository decisions;
    private final EscalationRepository escalations;

    CommitmentTimeline(
            HistoryService historyService, CommitmentDecisionRepository decisions, EscalationRepository escalations) {
        this.historyService = historyService;
        this.decisions = decisions;
        this.escalations = escalations;
    }

    /** Every process instance of the commitment (lifecycle first, then the called ones by start time). */
    List<HistoricProcessInstance> instancesOf(Commitment commitment) {
        return EngineQueries.all(historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(commitment.getReference())
                .tenantIdIn(Mission.tenantIdOf(commitment.getMissionCode()))
                .orderByProcessInstanceStartTime()
                .asc()
                // a total order, so that pages neither overlap nor skip
                .orderByProcessInstanceId()
                .asc());
    }

    /** The open tasks of the commitment's processes, oldest first. */
    List<HistoricTaskInstance> openTasks(Commitment commitment) {
        return EngineQueries.all(historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(commitment.getReference())
                .tenantIdIn(Mission.tenantIdOf(commitment.getMissionCode()))
                .unfinished()
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderByTaskId()
                .asc());
    }

    List<TimelineEntry> of(
            Commitment commitment,
            List<HistoricProcessInstance> instances,
            Map<Long, PlanActivity> activities,
            Map<Long, List<DeadlineChange>> deadlineChanges) {
        var entries = new ArrayList<TimelineEntry>();
        for (HistoricProcessInstance instance : instances) {
            processEvents(instance, entries);
            timers(instance, entries);
        }
        tasks(commitment, instances, entries);
        for (CommitmentDecision d : decisions.findByCommitmentIdOrderByDecidedAtAscIdAsc(commitment.getId())) {
            entries.add(new TimelineEntry(
                    d.getDecidedAt(),
                    Kind.DECISION,
                    words(d.getStep().name()) + ": " + words(d.getDecision()),
                    d.getDecidedBy(),
                    null));
        }
        deadlineChanges.forEach((activityId, changes) -> {
            PlanActivity activity = activities.get(activityId);
            for (DeadlineChange c : changes) {
                entries.add(new TimelineEntry(
                        c.getChangedAt(),
                        Kind.DEADLINE_CHANGED,
                        "Deadline of " + (activity == null ? "activity " + activityId : activity.getCode())
                                + " moved from "
                                + c.getPreviousDeadline() + " to " + c.getNewDeadline() + " ("
                                + source(c.getSource()) + ")",
                        c.getChangedBy(),
                        activity == null ? null : activity.getProcessInstanceId()));
            }
        });
        for (Escalation e : escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(commitment.getId())) {
            entries.add(new TimelineEntry(
                    e.getOpenedAt(),
                    Kind.ESCALATION_OPENED,
                    "Escalation level " + e.getLevel() + " opened for " + e.getCandidateGroup() + ": "
                            + e.getItemLabel(),
                    null,
                    e.getProcessInstanceId()));
            if (e.getClosedAt() != null) {
                entries.add(new TimelineEntry(
                        e.getClosedAt(),
                        Kind.ESCALATION_DECIDED,
                        "Escalation level " + e.getLevel() + " decided: "
                                + (e.getDecision() == null
                                        ? "closed"
                                        : words(e.getDecision().name()))
                                + (e.getNewDeadline() == null ? "" : " (new deadline " + e.getNewDeadline() + ")"),
                        e.getDecidedBy(),
                        e.getProcessInstanceId()));
            }
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    private static void processEvents(HistoricProcessInstance instance, List<TimelineEntry> entries) {
        String name = processName(instance);
        entries.add(new TimelineEntry(
                instant(instance.getStartTime()),
                Kind.PROCESS_STARTED,
                name + " started",
                instance.getStartUserId(),
                instance.getId()));
        if (instance.getEndTime() != null) {
            entries.add(new TimelineEntry(
                    instant(instance.getEndTime()),
                    Kind.PROCESS_ENDED,
                    name
                            + (HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())
                                    ? " ended"
                                    : " cancelled"),
                    null,
                    instance.getId()));
        }
    }

    private void timers(HistoricProcessInstance instance, List<TimelineEntry> entries) {
        for (HistoricActivityInstance a : EngineQueries.all(
                historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()))) {
            if (!TIMER_TYPES.contains(a.getActivityType())) {
                continue;
            }
            // a boundary or event sub-process timer is recorded when it fires; an intermediate one when the token
            // arrives, and fires when it ends (unless cancelled)
            Date fired = ActivityTypes.INTERMEDIATE_EVENT_TIMER.equals(a.getActivityType())
                    ? (a.isCanceled() ? null : a.getEndTime())
                    : a.getStartTime();
            if (fired != null) {
                entries.add(new TimelineEntry(
                        instant(fired),
                        Kind.TIMER_FIRED,
                        "Timer fired: " + (a.getActivityName() == null ? a.getActivityId() : a.getActivityName()) + " ("
                                + processName(instance) + ")",
                        null,
                        instance.getId()));
            }
        }
    }

    private void tasks(Commitment commitment, List<HistoricProcessInstance> instances, List<TimelineEntry> entries) {
        Map<String, String> completedBy = new HashMap<>();
        for (HistoricProcessInstance instance : instances) {
            for (UserOperationLogEntry log : EngineQueries.all(historyService
                    .createUserOperationLogQuery()
                    .processInstanceId(instance.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE))) {
                if (log.getTaskId() != null && log.getUserId() != null) {
                    completedBy.put(log.getTaskId(), log.getUserId());
                }
            }
        }
        for (HistoricTaskInstance task : EngineQueries.all(historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(commitment.getReference())
                .tenantIdIn(Mission.tenantIdOf(commitment.getMissionCode())))) {
            entries.add(new TimelineEntry(
                    instant(task.getStartTime()),
                    Kind.TASK_CREATED,
                    "Task created: " + task.getName(),
                    null,
                    task.getProcessInstanceId()));
            if (task.getEndTime() == null) {
                continue;
            }
            if ("completed".equals(task.getDeleteReason())) {
                entries.add(new TimelineEntry(
                        instant(task.getEndTime()),
                        Kind.TASK_COMPLETED,
                        "Task completed: " + task.getName(),
                        completedBy.getOrDefault(task.getId(), task.getAssignee()),
                        task.getProcessInstanceId()));
            } else {
                entries.add(new TimelineEntry(
                        instant(task.getEndTime()),
                        Kind.TASK_CANCELLED,
                        "Task cancelled: " + task.getName(),
                        null,
                        task.getProcessInstanceId()));
            }
        }
    }

    /** Where a revised deadline came from, as people say it. */
    static String source(DeadlineChangeSource source) {
        return switch (source) {
            case API -> "API";
            case PROGRESS_REPORT -> "progress report";
            case ESCALATION -> "escalation";
        };
    }

    static String processName(HistoricProcessInstance instance) {
        return instance.getProcessDefinitionName() == null
                ? instance.getProcessDefinitionKey()
                : instance.getProcessDefinitionName();
    }

    /** {@code SENIOR_REVIEW} → "Senior review". */
    static String words(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static Instant instant(Date date) {
        return date.toInstant();
    }
}
