package org.wps.commitments.commitmentpage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentAccess;
import org.wps.commitments.commitment.CommitmentDecision;
import org.wps.commitments.commitment.CommitmentDecisionRepository;
import org.wps.commitments.commitment.CommitmentView;
import org.wps.commitments.engagement.EngagementRecord;
import org.wps.commitments.engagement.EngagementRecordRepository;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.plan.ActivityStatus;
import org.wps.commitments.plan.FundingStatus;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.ImplementationPlanRepository;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanActivityRepository;
import org.wps.commitments.plan.PlanStatus;

/**
 * {@code GET /api/commitments/{reference}}: one commitment with its engagements, decisions and plans, within the
 * caller's missions. It reads three features, so it lives here rather than in commitment/; its tag and operation id
 * stay those of the commitment API.
 */
@RestController
@RequestMapping("/api/commitments")
@Tag(name = "commitment-controller")
class CommitmentDetailController {

    private final CommitmentAccess access;
    private final CommitmentDecisionRepository decisions;
    private final EngagementRecordRepository engagements;
    private final ImplementationPlanRepository plans;
    private final PlanActivityRepository activities;
    private final PartyRepository parties;

    CommitmentDetailController(
            CommitmentAccess access,
            CommitmentDecisionRepository decisions,
            EngagementRecordRepository engagements,
            ImplementationPlanRepository plans,
            PlanActivityRepository activities,
            PartyRepository parties) {
        this.access = access;
        this.decisions = decisions;
        this.engagements = engagements;
        this.plans = plans;
        this.activities = activities;
        this.parties = parties;
    }

    @GetMapping("/{reference}")
    @Operation(operationId = "get")
    CommitmentDetail get(@PathVariable("reference") String reference, Actor user) {
        Commitment c = access.visible(reference, user);
        return new CommitmentDetail(
                CommitmentView.of(c, parties.nameOf(c.getPartyCode())),
                engagements.findByCommitmentIdOrderByEngagedOnAscIdAsc(c.getId()).stream()
                        .map(EngagementView::of)
                        .toList(),
                decisions.findByCommitmentIdOrderByDecidedAtAscIdAsc(c.getId()).stream()
                        .map(DecisionView::of)
                        .toList(),
                plans.findByCommitmentIdOrderByIdAsc(c.getId()).stream()
                        .map(p -> PlanView.of(p, activities.findByPlanIdOrderByCodeAsc(p.getId())))
                        .toList());
    }

    record CommitmentDetail(
            CommitmentView commitment,
            List<EngagementView> engagements,
            List<DecisionView> decisions,
            List<PlanView> plans) {}

    record EngagementView(
            LocalDate engagedOn,
            String level,
            String counterpartRole,
            String outcome,
            String decision,
            String recordedBy) {
        static EngagementView of(EngagementRecord e) {
            return new EngagementView(
                    e.getEngagedOn(),
                    e.getLevel().name(),
                    e.getCounterpartRole(),
                    e.getOutcome(),
                    e.getDecision().name(),
                    e.getRecordedBy());
        }
    }

    record DecisionView(String step, String decision, String comment, String decidedBy, Instant decidedAt) {
        static DecisionView of(CommitmentDecision d) {
            return new DecisionView(
                    d.getStep().name(), d.getDecision(), d.getComment(), d.getDecidedBy(), d.getDecidedAt());
        }
    }

    /** A plan with its activities; each activity's {@code id} addresses {@code /api/activities/{id}}. */
    record PlanView(
            String title,
            PlanStatus status,
            LocalDate periodStart,
            LocalDate periodEnd,
            String coordinationBody,
            LocalDate dueDate,
            LocalDate validatedOn,
            String validatingBody,
            List<ActivitySummary> activities) {
        static PlanView of(ImplementationPlan p, List<PlanActivity> activities) {
            return new PlanView(
                    p.getTitle(),
                    p.getStatus(),
                    p.getPeriodStart(),
                    p.getPeriodEnd(),
                    p.getCoordinationBody(),
                    p.getDueDate(),
                    p.getValidatedOn(),
                    p.getValidatingBody(),
                    activities.stream().map(ActivitySummary::of).toList());
        }
    }

    record ActivitySummary(
            long id,
            String code,
            String title,
            LocalDate originalDeadline,
            LocalDate deadline,
            ActivityStatus status,
            int progressPct,
            FundingStatus fundingStatus,
            LocalDate overdueSince,
            int escalationLevel) {
        static ActivitySummary of(PlanActivity a) {
            return new ActivitySummary(
                    a.getId(),
                    a.getCode(),
                    a.getTitle(),
                    a.getOriginalDeadline(),
                    a.getDeadline(),
                    a.getStatus(),
                    a.getProgressPct(),
                    a.getFundingStatus(),
                    a.getOverdueSince(),
                    a.getEscalationLevel());
        }
    }
}
