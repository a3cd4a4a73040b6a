package org.wps.commitments.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentAccess;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.confidentiality.Clearance;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.identity.TrackerWork;
import org.wps.commitments.input.Input;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;
import org.wps.commitments.web.ConflictException;
import org.wps.commitments.web.ForbiddenException;
import org.wps.commitments.web.NotFoundException;

/**
 * Compliance concerns: recorded by opaque reference, then handed to the commitment's lifecycle as the message
 * {@value #MESSAGE}, which opens "Assess compliance concern" beside whatever else is running. Mission
 * leadership is informed at once, and the OSRSG-SVC desk too when the party is listed in the SG annex.
 */
@Service
@Transactional
public class ComplianceConcernService {

    public static final String MESSAGE = "ComplianceConcernReported";
    /** Local variables of the lifecycle's "Compliance concern" event sub-process, one set per concern. */
    public static final String CONCERN_ID = "concernId";

    public static final String ASSESSMENT_DUE = "concernAssessmentDue";
    public static final String ACTION_DUE = "concernActionDue";
    public static final String REFERRAL = "concernReferral";

    /** An opaque reference: letters, digits and . _ / - only, so it cannot carry a narrative or a name. */
    static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{2,63}");

    static final Set<String> REPORTERS =
            Set.of(Roles.ADVISERS, Roles.SENIOR_ADVISERS, Roles.MISSION_LEADERSHIP, Roles.OSRSG_SVC, Roles.ADMINS);

    private final ComplianceConcernRepository concerns;
    private final CommitmentRepository commitments;
    private final PartyRepository parties;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Notifications notifications;
    private final CommitmentAccess access;

    ComplianceConcernService(
            ComplianceConcernRepository concerns,
            CommitmentRepository commitments,
            PartyRepository parties,
            Deadlines deadlines,
            CommitmentsProperties properties,
            RuntimeService runtimeService,
            IdentityService identityService,
            Notifications notifications,
            CommitmentAccess access) {
        this.concerns = concerns;
        this.access = access;
        this.commitments = commitments;
        this.parties = parties;
        this.deadlines = deadlines;
        this.properties = properties;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.notifications = notifications;
    }

    /**
     * Checks and records a concern reported through the API or the Tasklist start form, and opens its
     * assessment in the commitment's lifecycle. Fields: {@code kind}, {@code reference}, optional
     * {@code sensitivity} (default CONFIDENTIAL).
     */
    public ComplianceConcern report(String commitmentReference, Map<String, ?> fields, Actor actor) {
        Commitment commitment = visible(commitmentReference, actor);
        if (actor.groupIds().stream().noneMatch(REPORTERS::contains)) {
            throw new ForbiddenException("Only advisers, senior advisers, mission leadership or the OSRSG-SVC desk "
                    + "report compliance concerns.");
        }
        Input input = Input.of(fields);
        ConcernKind kind = input.requiredChoice("kind", "Kind of concern", ConcernKind.class);
        String reference = input.requiredCode("reference", "Reference", 64);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            input.problem(
                    "reference",
                    "Reference must be an opaque reference such as MARA-2026-0042 (letters, digits and . _ / - "
                            + "only, 3 to 64 characters): never a name or a description of what happened.");
        }
        Sensitivity sensitivity = fields.get("sensitivity") == null
                ? Sensitivity.CONFIDENTIAL
                : input.requiredChoice("sensitivity", "Sensitivity", Sensitivity.class);
        input.throwIfInvalid();
        CommitmentStage stage = commitment.getStage();
        if (stage != CommitmentStage.PLAN_DEVELOPMENT && stage != CommitmentStage.IMPLEMENTATION) {
            throw new ConflictException("Commitment " + commitment.getReference() + " is "
                    + stage.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ": compliance concerns are followed from signing until the commitment is closed.");
        }
        if (commitment.isSuspended()) {
            throw new ConflictException("Commitment " + commitment.getReference() + " is suspended ("
                    + commitment.getSuspensionReason() + "); resume it to follow a new concern.");
        }
        if (concerns.existsByCommitmentIdAndKindAndReference(commitment.getId(), kind, reference)) {
            throw new ConflictException("A " + label(kind) + " with reference " + reference
                    + " is already recorded for " + commitment.getReference() + ".");
        }
        ComplianceConcern concern = concerns.save(new ComplianceConcern(
                commitment.getId(),
                commitment.getMissionCode(),
                kind,
                reference,
                sensitivity,
                actor.userId(),
                deadlines.now(),
                deadlines.fromNow(properties.reviews().concernAssessmentWithin())));
        Map<String, Object> local = new HashMap<>();
        local.put(CONCERN_ID, concern.getId());
        local.put(ASSESSMENT_DUE, Date.from(concern.getAssessmentDueAt()));
        local.put(ACTION_DUE, null);
        local.put(REFERRAL, null);
        try {
            TrackerWork.run(identityService, () -> runtimeService
                    .createMessageCorrelation(MESSAGE)
                    .processInstanceBusinessKey(commitment.getReference())
                    .setVariablesLocal(local)
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("The lifecycle of " + commitment.getReference()
                    + " does not follow compliance concerns at this point; nothing was recorded.");
        }
        inform(commitment, concern);
        return concern;
    }

    @Transactional(readOnly = true)
    public List<ComplianceConcern> ofCommitment(String commitmentReference, Actor actor) {
        Commitment commitment = visible(commitmentReference, actor);
        // a concern labelled strictly confidential on a commitment that is not stays with those cleared for it
        return concerns.findByCommitmentIdOrderByReportedAtDesc(commitment.getId()).stream()
                .filter(c -> Clearance.maySee(
                        actor,
                        c.getMissionCode(),
                        Sensitivity.mostRestrictive(commitment.getSensitivity(), c.getSensitivity())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ComplianceConcern get(long id) {
        return concerns.findById(id).orElseThrow(() -> new NotFoundException("No compliance concern " + id));
    }

    /** Concerns of the commitment reported between two dates (inclusive), for its review of that period. */
    @Transactional(readOnly = true)
    public List<ComplianceConcern> reportedBetween(long commitmentId, LocalDate from, LocalDate to) {
        Instant start = deadlines.startOf(from);
        Instant end = deadlines.startOf(to.plusDays(1)).minusMillis(1);
        return concerns.findByCommitmentIdAndReportedAtBetween(commitmentId, start, end);
    }

    /** Refers the concern; its action is due {@code concern-action-within} from now. */
    public ComplianceConcern refer(long id, ConcernReferral referral, String note, Actor actor) {
        ComplianceConcern concern = get(id);
        concern.refer(
                referral,
                note,
                actor.userId(),
                deadlines.now(),
                deadlines.fromNow(properties.reviews().concernActionWithin()));
        return concern;
    }

    public ComplianceConcern decide(long id, ConcernAction action, String note, Actor actor) {
        ComplianceConcern concern = get(id);
        concern.decide(action, note, actor.userId(), deadlines.now());
        return concern;
    }

    /** Closes the concerns not yet acted upon: the commitment was closed. */
    public int closeOpen(long commitmentId) {
        List<ComplianceConcern> open = concerns.findByCommitmentIdAndStatusIn(
                commitmentId, EnumSet.of(ConcernStatus.REPORTED, ConcernStatus.REFERRED));
        open.forEach(ComplianceConcern::closeWithCommitment);
        return open.size();
    }

    public boolean partyListed(Commitment commitment) {
        return parties.findById(commitment.getPartyCode())
                .map(p -> p.isListedInAnnex())
                .orElse(false);
    }

    static String label(ConcernKind kind) {
        return switch (kind) {
            case VERIFIED_ALLEGATION -> "UN-verified allegation";
            case DENIAL_OF_ACCESS -> "denial of access";
            case AMNESTY -> "amnesty covering CRSV";
        };
    }

    /**
     * Tells the mission's leadership (and the OSRSG-SVC desk when the party is listed) that a concern was recorded.
     * Whatever its label, the mail names neither the concern's kind nor its MARA reference: both say what happened to
     * whom. A public commitment's mail names the commitment; any other says only that a confidential item waits.
     */
    private void inform(Commitment commitment, ComplianceConcern concern) {
        String tenant = Mission.tenantIdOf(commitment.getMissionCode());
        Sensitivity sensitivity = Sensitivity.mostRestrictive(commitment.getSensitivity(), concern.getSensitivity());
        String subject = "Compliance concern on " + commitment.getReference();
        String body = "A compliance concern was recorded on commitment " + commitment.getReference() + " by "
                + concern.getReportedBy()
                + ". Senior advisers assess it in Tasklist (\"Assess compliance concern\"), which shows its kind and"
                + " reference.";
        String key = "concern:" + concern.getId() + ":reported:";
        notifications.notifyAboutItem(
                key + Roles.MISSION_LEADERSHIP, tenant, Roles.MISSION_LEADERSHIP, sensitivity, subject, body);
        if (partyListed(commitment)) {
            notifications.notifyAboutItem(
                    key + Roles.OSRSG_SVC,
                    tenant,
                    Roles.OSRSG_SVC,
                    sensitivity,
                    subject + " (party listed in the SG annex)",
                    body);
        }
    }

    private Commitment visible(String reference, Actor actor) {
        return access.visible(reference, actor);
    }
}
