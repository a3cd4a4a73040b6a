package org.wps.commitments.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.escalation.EscalatedItemType;
import org.wps.commitments.escalation.Escalation;
import org.wps.commitments.escalation.EscalationService;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.Input;
import org.wps.commitments.system.CommitmentsProperties;

/** {@code /api/activities}: one plan activity with its reports, deadline history and escalations; deadline changes. */
@RestController
@RequestMapping("/api/activities")
class ActivityController {

    private final ActivityFollowUp followUp;
    private final ActivityService activities;
    private final EscalationService escalations;
    private final CommitmentsProperties properties;

    ActivityController(
            ActivityFollowUp followUp,
            ActivityService activities,
            EscalationService escalations,
            CommitmentsProperties properties) {
        this.followUp = followUp;
        this.activities = activities;
        this.escalations = escalations;
        this.properties = properties;
    }

    /** The activity, with its version as ETag for a later {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<ActivityDetail> get(@PathVariable("id") long id, Actor user) {
        return withVersion(followUp.visible(id, user));
    }

    /**
     * Body: {@code {"deadline":"2027-06-30","reason":"Funding arrived late"}}. With {@code If-Match} (the ETag of a
     * GET), only if nobody changed the activity since: otherwise 412.
     */
    @PatchMapping("/{id}/deadline")
    ResponseEntity<ActivityDetail> moveDeadline(
            @PathVariable("id") long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) DeadlineChange body,
            Actor user) {
        followUp.visible(id, user);
        var fields = new HashMap<String, Object>();
        if (body != null) {
            fields.put("deadline", body.deadline());
            fields.put("reason", body.reason());
        }
        Input input = Input.of(fields);
        LocalDate deadline = input.requiredDate("deadline", "Deadline", properties.timeZone());
        String reason = input.requiredText("reason", "Reason", 1000);
        if (deadline != null && !deadline.isAfter(followUp.today())) {
            input.problem(
                    "deadline", "The new deadline " + deadline + " must be after today (" + followUp.today() + ").");
        }
        input.throwIfInvalid();
        followUp.moveDeadline(
                id, deadline, reason, user, ifMatch == null ? null : version -> matches(ifMatch, version));
        // read after the commit: the version the change gave the activity
        return withVersion(activities.get(id));
    }

    private ResponseEntity<ActivityDetail> withVersion(PlanActivity activity) {
        return ResponseEntity.ok().eTag(Long.toString(activity.getVersion())).body(detail(activity));
    }

    /** RFC 9110 If-Match: {@code *}, or one of a list of strong entity tags (ours are the version in quotes). */
    private static boolean matches(String ifMatch, long version) {
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals("\"" + version + "\"")) {
                return true;
            }
        }
        return false;
    }

    private ActivityDetail detail(PlanActivity a) {
        return new ActivityDetail(
                a.getId(),
                a.getCode(),
                a.getTitle(),
                a.getPillar(),
                a.getClassification(),
                a.getCommitmentElement(),
                a.getResponsibleEntity(),
                a.getOriginalDeadline(),
                a.getDeadline(),
                a.getIndicator(),
                a.getBaseline(),
                a.getTarget(),
                a.getFundingStatus(),
                a.getMeansOfVerification(),
                a.getStatus(),
                a.getProgressPct(),
                a.getVerification(),
                a.getOverdueSince(),
                a.getEscalationLevel(),
                activities.deadlineChangesOf(a.getId()).stream()
                        .map(c -> new DeadlineRevision(
                                c.getPreviousDeadline(),
                                c.getNewDeadline(),
                                c.getReason(),
                                c.getSource(),
                                c.getChangedBy(),
                                c.getChangedAt()))
                        .toList(),
                escalations.ofItem(EscalatedItemType.ACTIVITY, a.getId()).stream()
                        .map(EscalationView::of)
                        .toList());
    }

    record DeadlineChange(String deadline, String reason) {}

    record DeadlineRevision(
            LocalDate previousDeadline,
            LocalDate newDeadline,
            String reason,
            DeadlineChangeSource source,
            String changedBy,
            Instant changedAt) {}

    record EscalationView(
            int level,
            String candidateGroup,
            String reason,
            Instant openedAt,
            Instant dueAt,
            Instant closedAt,
            String decision,
            String decisionNote,
            LocalDate newDeadline,
            String decidedBy) {
        static EscalationView of(Escalation e) {
            return new EscalationView(
                    e.getLevel(),
                    e.getCandidateGroup(),
                    e.getReason(),
                    e.getOpenedAt(),
                    e.getDueAt(),
                    e.getClosedAt(),
                    e.getDecision() == null ? null : e.getDecision().name(),
                    e.getDecisionNote(),
                    e.getNewDeadline(),
                    e.getDecidedBy());
        }
    }

    record ActivityDetail(
            long id,
            String code,
            String title,
            String pillar,
            ActivityClassification classification,
            CommitmentElement commitmentElement,
            String responsibleEntity,
            LocalDate originalDeadline,
            LocalDate deadline,
            String indicator,
            String baseline,
            String target,
            FundingStatus fundingStatus,
            String meansOfVerification,
            ActivityStatus status,
            int progressPct,
            Verification verification,
            LocalDate overdueSince,
            int escalationLevel,
            List<DeadlineRevision> deadlineRevisions,
            List<EscalationView> escalations) {}
}
