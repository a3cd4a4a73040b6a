package org.wps.commitments.commitmentpage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentAccess;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitmentpage.CommitmentPage.Activity;
import org.wps.commitments.commitmentpage.CommitmentPage.Concern;
import org.wps.commitments.commitmentpage.CommitmentPage.EscalationRow;
import org.wps.commitments.commitmentpage.CommitmentPage.Header;
import org.wps.commitments.commitmentpage.CommitmentPage.OpenActivity;
import org.wps.commitments.commitmentpage.CommitmentPage.OpenTask;
import org.wps.commitments.commitmentpage.CommitmentPage.Plan;
import org.wps.commitments.commitmentpage.CommitmentPage.Position;
import org.wps.commitments.commitmentpage.CommitmentPage.Review;
import org.wps.commitments.commitmentpage.CommitmentPage.Revision;
import org.wps.commitments.concern.ComplianceConcernService;
import org.wps.commitments.escalation.EscalationRepository;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.mission.MissionRepository;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.plan.ActivityService;
import org.wps.commitments.plan.DeadlineChange;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.ImplementationPlanRepository;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanActivityRepository;
import org.wps.commitments.review.MonitoringReview;
import org.wps.commitments.review.ReviewService;

/**
 * Reads one commitment for its page and its timeline API: only for users of the commitment's mission (HQ roles
 * are members of every mission); any other reference answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
class CommitmentPages {

    private final CommitmentRepository commitments;
    private final PartyRepository parties;
    private final MissionRepository missions;
    private final ImplementationPlanRepository plans;
    private final PlanActivityRepository activities;
    private final ActivityService activityService;
    private final EscalationRepository escalations;
    private final ReviewService reviews;
    private final ComplianceConcernService concerns;
    private final CommitmentTimeline timeline;
    private final RuntimeService runtimeService;
    private final CommitmentAccess access;

    CommitmentPages(
            CommitmentRepository commitments,
            PartyRepository parties,
            MissionRepository missions,
            ImplementationPlanRepository plans,
            PlanActivityRepository activities,
            ActivityService activityService,
            EscalationRepository escalations,
            ReviewService reviews,
            ComplianceConcernService concerns,
            CommitmentTimeline timeline,
            RuntimeService runtimeService,
            CommitmentAccess access) {
        this.commitments = commitments;
        this.access = access;
        this.parties = parties;
        this.missions = missions;
        this.plans = plans;
        this.activities = activities;
        this.activityService = activityService;
        this.escalations = escalations;
        this.reviews = reviews;
        this.concerns = concerns;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
    }

    /** The commitment, if the user belongs to its mission; the same answer for unknown and hidden references. */
    Commitment visible(String reference, Actor user) {
        return access.visible(reference, user);
    }

    List<TimelineEntry> timeline(String reference, Actor user) {
        Commitment commitment = visible(reference, user);
        List<PlanActivity> planned = activities.findByCommitmentIdOrderByIdAsc(commitment.getId());
        return timeline.of(commitment, timeline.instancesOf(commitment), byId(planned), changesOf(planned));
    }

    CommitmentPage page(String reference, Actor user) {
        Commitment c = visible(reference, user);
        List<PlanActivity> planned = activities.findByCommitmentIdOrderByIdAsc(c.getId());
        Map<Long, List<DeadlineChange>> changes = changesOf(planned);
        List<HistoricProcessInstance> instances = timeline.instancesOf(c);
        return new CommitmentPage(
                header(c),
                plans.findByCommitmentIdOrderByIdAsc(c.getId()).stream()
                        .map(p -> plan(p, planned, changes))
                        .toList(),
                escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(c.getId()).stream()
                        .map(e -> new EscalationRow(
                                e.getItemLabel(),
                                e.getLevel(),
                                e.getCandidateGroup(),
                                e.getReason(),
                                e.getOpenedAt(),
                                e.getDueAt(),
                                e.getClosedAt(),
                                e.getDecision() == null
                                        ? null
                                        : CommitmentTimeline.words(
                                                e.getDecision().name()),
                                e.getNewDeadline(),
                                e.getDecidedBy()))
                        .toList(),
                reviews.ofCommitment(c.getId()).stream()
                        .map(CommitmentPages::review)
                        .toList(),
                concerns.ofCommitment(c.getReference(), user).stream()
                        .map(k -> new Concern(
                                CommitmentTimeline.words(k.getKind().name()),
                                k.getReference(),
                                k.getSensitivity().name(),
                                CommitmentTimeline.words(k.getStatus().name()),
                                k.getReportedAt(),
                                k.getReferral() == null
                                        ? null
                                        : CommitmentTimeline.words(
                                                k.getReferral().name()),
                                k.getAction() == null
                                        ? null
                                        : CommitmentTimeline.words(k.getAction().name()),
                                k.getDecidedAt()))
                        .toList(),
                position(c, instances),
                timeline.of(c, instances, byId(planned), changes));
    }

    private Header header(Commitment c) {
        String partyName = parties.nameOf(c.getPartyCode());
        String missionName =
                missions.findById(c.getMissionCode()).map(Mission::getName).orElse(c.getMissionCode());
        return new Header(
                c.getReference(),
                c.getTitle(),
                CommitmentTimeline.words(c.getType().name()),
                c.getPartyCode(),
                partyName,
                c.getMissionCode(),
                missionName,
                c.getStage().name(),
                c.getStage().isClosed(),
                c.getStageDueDate(),
                c.getSuspendedAt(),
                c.getSuspensionReason(),
                c.getSensitivity().name(),
                c.getTargetSigningDate(),
                c.getSignedOn(),
                c.getSigningPlace(),
                c.getDocumentReference(),
                c.getSupersededBy(),
                c.getClosedAt(),
                c.getClosingNote(),
                c.getOpenedBy(),
                c.getOpenedAt());
    }

    private static Plan plan(
            ImplementationPlan p, List<PlanActivity> planned, Map<Long, List<DeadlineChange>> changes) {
        return new Plan(
                p.getTitle(),
                p.getStatus().name(),
                p.getPeriodStart(),
                p.getPeriodEnd(),
                p.getDueDate(),
                p.getValidatedOn(),
                p.getValidatingBody(),
                planned.stream()
                        .filter(a -> a.getPlanId().equals(p.getId()))
                        .sorted(java.util.Comparator.comparing(PlanActivity::getCode))
                        .map(a -> new Activity(
                                a.getCode(),
                                a.getTitle(),
                                a.getPillar(),
                                CommitmentTimeline.words(
                                        a.getCommitmentElement().name()),
                                a.getResponsibleEntity(),
                                a.getOriginalDeadline(),
                                a.getDeadline(),
                                changes.getOrDefault(a.getId(), List.of()).stream()
                                        .map(r -> new Revision(
                                                r.getPreviousDeadline(),
                                                r.getNewDeadline(),
                                                r.getReason(),
                                                CommitmentTimeline.source(r.getSource()),
                                                r.getChangedBy(),
                                                r.getChangedAt()))
                                        .toList(),
                                a.getStatus().name(),
                                a.getProgressPct(),
                                CommitmentTimeline.words(a.getFundingStatus().name()),
                                a.getOverdueSince(),
                                a.getEscalationLevel()))
                        .toList());
    }

    private static Review review(MonitoringReview r) {
        return new Review(
                r.periodLabel(),
                r.getDueDate(),
                CommitmentTimeline.words(r.getStatus().name()),
                r.getOverallCompliance() == null
                        ? null
                        : CommitmentTimeline.words(r.getOverallCompliance().name()),
                r.getRatings().entrySet().stream()
                        .map(e -> CommitmentTimeline.words(e.getKey().name()) + ": "
                                + CommitmentTimeline.words(e.getValue().name()))
                        .sorted()
                        .toList(),
                r.getFollowUp() == null
                        ? null
                        : CommitmentTimeline.words(r.getFollowUp().name()),
                r.isFlaggedForAnnualReport(),
                r.getPreparedBy(),
                r.getEndorsedBy());
    }

    private Position position(Commitment c, List<HistoricProcessInstance> instances) {
        var open = new ArrayList<OpenActivity>();
        boolean lifecycleRunning = false;
        for (HistoricProcessInstance instance : instances) {
            if (instance.getEndTime() != null) {
                continue;
            }
            ActivityInstance tree = runtimeService.getActivityInstance(instance.getId());
            if (tree == null) {
                continue;
            }
            if (instance.getId().equals(c.getProcessInstanceId())) {
                lifecycleRunning = true;
            }
            String process = CommitmentTimeline.processName(instance);
            leaves(tree, activity -> open.add(new OpenActivity(process, activity, instance.getId())));
        }
        List<OpenTask> tasks = timeline.openTasks(c).stream()
                .map(t -> new OpenTask(
                        t.getId(),
                        t.getName(),
                        t.getStartTime().toInstant(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        t.getAssignee()))
                .toList();
        return new Position(c.getProcessInstanceId(), lifecycleRunning, open, tasks);
    }

    /** The innermost activity instances: where the tokens wait (a call activity stands for its called process). */
    private static void leaves(ActivityInstance instance, java.util.function.Consumer<String> sink) {
        if (instance.getChildActivityInstances().length == 0 && instance.getParentActivityInstanceId() != null) {
            sink.accept(instance.getActivityName() == null ? instance.getActivityId() : instance.getActivityName());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            leaves(child, sink);
        }
    }

    private static Map<Long, PlanActivity> byId(List<PlanActivity> planned) {
        return planned.stream().collect(Collectors.toMap(PlanActivity::getId, Function.identity()));
    }

    private Map<Long, List<DeadlineChange>> changesOf(List<PlanActivity> planned) {
        var changes = new LinkedHashMap<Long, List<DeadlineChange>>();
        for (PlanActivity a : planned) {
            List<DeadlineChange> of = activityService.deadlineChangesOf(a.getId());
            if (!of.isEmpty()) {
                changes.put(a.getId(), of);
            }
        }
        return changes;
    }
}
