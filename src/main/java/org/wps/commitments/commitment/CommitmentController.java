package org.wps.commitments.commitment;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.engagement.EngagementRecord;
import org.wps.commitments.engagement.EngagementRecordRepository;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.mission.MissionAccess;
import org.wps.commitments.party.Party;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.plan.ActivityStatus;
import org.wps.commitments.plan.FundingStatus;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.ImplementationPlanRepository;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanActivityRepository;
import org.wps.commitments.plan.PlanStatus;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.system.Input;
import org.wps.commitments.system.InvalidInputException;

/** {@code /api/commitments}: open commitments and read them, within the caller's missions. */
@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

    /** Start-form field names as the API spells them. */
    private static final Map<String, String> API_FIELDS = Map.of(
            NewCommitment.Fields.MISSION, "mission",
            NewCommitment.Fields.TYPE, "type");

    private final CommitmentLifecycle lifecycle;
    private final CommitmentService service;
    private final CommitmentRepository commitments;
    private final CommitmentDecisionRepository decisions;
    private final EngagementRecordRepository engagements;
    private final ImplementationPlanRepository plans;
    private final PlanActivityRepository activities;
    private final PartyRepository parties;
    private final MissionAccess missionAccess;
    private final CommitmentsProperties properties;
    private final CommitmentSuspension suspension;
    private final CommitmentAccess access;

    CommitmentController(
            CommitmentLifecycle lifecycle,
            CommitmentService service,
            CommitmentRepository commitments,
            CommitmentDecisionRepository decisions,
            EngagementRecordRepository engagements,
            ImplementationPlanRepository plans,
            PlanActivityRepository activities,
            PartyRepository parties,
            MissionAccess missionAccess,
            CommitmentsProperties properties,
            CommitmentSuspension suspension,
            CommitmentAccess access) {
        this.suspension = suspension;
        this.access = access;
        this.lifecycle = lifecycle;
        this.service = service;
        this.commitments = commitments;
        this.decisions = decisions;
        this.engagements = engagements;
        this.plans = plans;
        this.activities = activities;
        this.parties = parties;
        this.missionAccess = missionAccess;
        this.properties = properties;
    }

    @PostMapping
    ResponseEntity<CommitmentView> open(@RequestBody(required = false) OpenCommitmentRequest body, Actor user) {
        if (body == null) {
            throw new InvalidInputException(
                    "body",
                    "Send the commitment as a JSON object with mission, partyCode, "
                            + "type, title and targetSigningDate.");
        }
        NewCommitment request;
        try {
            request = NewCommitment.read(Input.of(body.asFields()), properties.timeZone());
            service.check(request, user);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new InvalidInputException.FieldProblem(
                            API_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                    .toList());
        }
        Commitment commitment = lifecycle.open(request);
        return ResponseEntity.created(URI.create("/api/commitments/" + commitment.getReference()))
                .body(view(commitment, partyName(commitment)));
    }

    @GetMapping
    List<CommitmentView> list(
            @RequestParam(name = "mission", required = false) String mission,
            @RequestParam(name = "stage", required = false) String stage,
            Actor user) {
        String missionCode = mission == null || mission.isBlank()
                ? null
                : missionAccess.visibleMission(mission, user).getCode();
        CommitmentStage stageFilter = null;
        if (stage != null && !stage.isBlank()) {
            Input input = Input.of(Map.of("stage", stage));
            stageFilter = input.requiredChoice("stage", "Stage", CommitmentStage.class);
            input.throwIfInvalid();
        }
        if (user.missionCodes().isEmpty()) {
            return List.of();
        }
        // one query for the party names of the whole list, not one per row
        Map<String, String> partyNames =
                parties.findAll().stream().collect(Collectors.toMap(Party::getCode, Party::getName));
        // a strictly confidential commitment is listed only to those cleared for it (Clearance)
        return commitments.search(user.missionCodes(), missionCode, stageFilter).stream()
                .filter(c -> CommitmentAccess.maySee(c, user))
                .map(c -> view(c, partyNames.getOrDefault(c.getPartyCode(), c.getPartyCode())))
                .toList();
    }

    @GetMapping("/{reference}")
    CommitmentDetail get(@PathVariable("reference") String reference, Actor user) {
        Commitment c = access.visible(reference, user);
        return new CommitmentDetail(
                view(c, partyName(c)),
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

    /**
     * Suspends the commitment (mission access lost, renewed hostilities): its timers stop until it resumes.
     * Body: {@code {"reason":"Access to Western Equatoria lost"}}.
     */
    @PostMapping("/{reference}/suspension")
    CommitmentView suspend(
            @PathVariable("reference") String reference,
            @RequestBody(required = false) Map<String, Object> body,
            Actor user) {
        Input input = Input.of(body == null ? Map.of() : body);
        String reason = input.requiredText("reason", "Reason", 1000);
        input.throwIfInvalid();
        Commitment c = suspension.suspend(reference, reason, user);
        return view(c, partyName(c));
    }

    /** Resumes a suspended commitment: its timers run again, those that fell due meanwhile at once. */
    @DeleteMapping("/{reference}/suspension")
    CommitmentView resume(@PathVariable("reference") String reference, Actor user) {
        Commitment c = suspension.resume(reference, user);
        return view(c, partyName(c));
    }

    private String partyName(Commitment c) {
        return parties.findById(c.getPartyCode()).map(Party::getName).orElse(c.getPartyCode());
    }

    private static CommitmentView view(Commitment c, String partyName) {
        return new CommitmentView(
                c.getReference(),
                c.getMissionCode(),
                c.getPartyCode(),
                partyName,
                c.getType(),
                c.getTitle(),
                c.getTargetSigningDate(),
                c.getSensitivity(),
                c.getStage(),
                c.getStageDueDate(),
                c.getProcessInstanceId(),
                c.getOpenedBy(),
                c.getOpenedAt(),
                c.getElements(),
                c.getDraftReference(),
                c.getSignedOn(),
                c.getSigningPlace(),
                c.getSignatoryTitles(),
                c.getDocumentReference(),
                c.getClosedAt(),
                c.getClosingNote(),
                c.getLastReminderAt(),
                c.getSuspendedAt(),
                c.getSuspensionReason());
    }

    /** The body of {@code POST /api/commitments}; sensitivity defaults to CONFIDENTIAL. */
    record OpenCommitmentRequest(
            String mission, String partyCode, String type, String title, String targetSigningDate, String sensitivity) {

        Map<String, Object> asFields() {
            var fields = new HashMap<String, Object>();
            fields.put(NewCommitment.Fields.MISSION, mission);
            fields.put(NewCommitment.Fields.PARTY, partyCode);
            fields.put(NewCommitment.Fields.TYPE, type);
            fields.put(NewCommitment.Fields.TITLE, title);
            fields.put(NewCommitment.Fields.TARGET_SIGNING_DATE, targetSigningDate);
            fields.put(
                    NewCommitment.Fields.SENSITIVITY,
                    sensitivity == null ? Sensitivity.CONFIDENTIAL.name() : sensitivity);
            return fields;
        }
    }

    record CommitmentView(
            String reference,
            String mission,
            String partyCode,
            String partyName,
            CommitmentType type,
            String title,
            LocalDate targetSigningDate,
            Sensitivity sensitivity,
            CommitmentStage stage,
            Instant stageDueDate,
            String processInstanceId,
            String openedBy,
            Instant openedAt,
            List<CommitmentElement> elements,
            String draftReference,
            LocalDate signedOn,
            String signingPlace,
            String signatoryTitles,
            String documentReference,
            Instant closedAt,
            String closingNote,
            Instant lastReminderAt,
            Instant suspendedAt,
            String suspensionReason) {}

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
