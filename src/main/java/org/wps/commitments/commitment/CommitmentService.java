package org.wps.commitments.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.confidentiality.Clearance;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.input.InvalidInputException.FieldProblem;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.mission.MissionRepository;
import org.wps.commitments.party.Party;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.time.Deadlines;
import org.wps.commitments.web.NotFoundException;

/**
 * The commitment's domain state machine: opening, stage changes with their due dates, decisions and closing.
 * Called by the lifecycle's delegates and listeners in the engine's transaction.
 */
@Service
@Transactional
public class CommitmentService {

    private static final Pattern REFERENCE_SHAPE = Pattern.compile("[A-Z]{2,20}-[A-Z0-9]{1,10}(-[A-Z0-9]{1,10}){1,3}");

    private final CommitmentRepository commitments;
    private final CommitmentDecisionRepository decisions;
    private final MissionRepository missions;
    private final PartyRepository parties;
    private final Deadlines deadlines;
    private final StageDeadlines stageDeadlines;

    CommitmentService(
            CommitmentRepository commitments,
            CommitmentDecisionRepository decisions,
            MissionRepository missions,
            PartyRepository parties,
            Deadlines deadlines,
            StageDeadlines stageDeadlines) {
        this.commitments = commitments;
        this.decisions = decisions;
        this.missions = missions;
        this.parties = parties;
        this.deadlines = deadlines;
        this.stageDeadlines = stageDeadlines;
    }

    /** Checks the business rules of a new commitment without storing anything. */
    @Transactional(readOnly = true)
    public void check(NewCommitment request, Actor actor) {
        List<FieldProblem> problems = problemsWith(request, actor);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Stores a new commitment in stage ENGAGEMENT, linked to the process instance that follows it. */
    public Commitment open(NewCommitment request, String processInstanceId, Actor actor) {
        check(request, actor);
        String missionCode = normalize(request.missionCode());
        String reference = request.reference() != null
                ? request.reference()
                : nextReference(
                        missionCode,
                        // the reference is the business key every engine reader of the mission sees: a strictly
                        // confidential commitment's says nothing of its type
                        request.sensitivity() == Sensitivity.STRICTLY_CONFIDENTIAL
                                ? STRICTLY_CONFIDENTIAL_ABBREVIATION
                                : request.type().abbreviation());
        var commitment = new Commitment(
                reference,
                missionCode,
                normalize(request.partyCode()),
                request.type(),
                request.title(),
                request.targetSigningDate(),
                request.sensitivity(),
                actor.userId(),
                deadlines.now());
        commitment.linkProcessInstance(processInstanceId);
        commitment.moveTo(
                CommitmentStage.ENGAGEMENT, stageDeadlines.stageDueDate(CommitmentStage.ENGAGEMENT, commitment));
        return commitments.save(commitment);
    }

    private List<FieldProblem> problemsWith(NewCommitment request, Actor actor) {
        var problems = new ArrayList<FieldProblem>();
        Mission mission = missions.findById(normalize(request.missionCode())).orElse(null);
        if (mission == null) {
            problems.add(new FieldProblem(
                    NewCommitment.Fields.MISSION,
                    "Mission '" + request.missionCode() + "' is unknown; known missions are " + missionCodes() + "."));
        } else if (!actor.mayWorkFor(mission.getTenantId())) {
            problems.add(new FieldProblem(
                    NewCommitment.Fields.MISSION,
                    "You are not a member of mission " + mission.getCode()
                            + ", so you cannot open a commitment for it."));
        }
        if (request.sensitivity() == Sensitivity.STRICTLY_CONFIDENTIAL && !Clearance.isClearedForStrict(actor)) {
            problems.add(new FieldProblem(
                    NewCommitment.Fields.SENSITIVITY,
                    "Only senior advisers, mission leadership and the OSRSG-SVC desk open a strictly confidential "
                            + "commitment: once opened, only they may see it. Ask a senior adviser, or choose "
                            + "Confidential."));
        }
        Party party = parties.findById(normalize(request.partyCode())).orElse(null);
        if (party == null) {
            problems.add(new FieldProblem(
                    NewCommitment.Fields.PARTY,
                    "Party '" + request.partyCode()
                            + "' is unknown; see GET /api/parties?mission=... for the parties of a mission."));
        } else if (mission != null && !party.getMissionCode().equals(mission.getCode())) {
            problems.add(new FieldProblem(
                    NewCommitment.Fields.PARTY,
                    "Party " + party.getCode() + " ("
                            + party.getName() + ") is followed by mission " + party.getMissionCode() + ", not "
                            + mission.getCode() + "."));
        }
        String reference = request.reference();
        if (reference != null && !REFERENCE_SHAPE.matcher(reference).matches()) {
            problems.add(new FieldProblem(
                    NewCommitment.Fields.REFERENCE,
                    "Reference '" + reference + "' must look like UNMISS-JC-2014 (capital letters, digits, dashes)."));
        } else if (reference != null && commitments.existsByReference(reference)) {
            problems.add(
                    new FieldProblem(NewCommitment.Fields.REFERENCE, "Reference " + reference + " is already used."));
        }
        return problems;
    }

    /** The middle part of a strictly confidential commitment's reference, in place of its type's abbreviation. */
    static final String STRICTLY_CONFIDENTIAL_ABBREVIATION = "SC";

    private String nextReference(String missionCode, String abbreviation) {
        missions.lockForNumbering(missionCode);
        int year = deadlines.now().atZone(java.time.ZoneOffset.UTC).getYear();
        String prefix = missionCode + "-" + abbreviation + "-" + year + "-";
        int next = commitments.referencesStartingWith(prefix).stream()
                        .map(r -> r.substring(prefix.length()))
                        .filter(s -> s.matches("\\d{1,6}"))
                        .mapToInt(Integer::parseInt)
                        .max()
                        .orElse(0)
                + 1;
        return prefix + String.format(Locale.ROOT, "%02d", next);
    }

    private String missionCodes() {
        return String.join(
                ", ",
                missions.findAllByOrderByCode().stream().map(Mission::getCode).toList());
    }

    @Transactional(readOnly = true)
    public Commitment get(long id) {
        return commitments.findById(id).orElseThrow(() -> new NotFoundException("No commitment with id " + id));
    }

    /** Moves the commitment to an open stage and sets when that stage's work is due. */
    public Commitment enter(long id, CommitmentStage stage) {
        Commitment commitment = get(id);
        commitment.moveTo(stage, stageDeadlines.stageDueDate(stage, commitment));
        return commitment;
    }

    /** Restarts the clock of the current stage (a new engagement renews the engagement period). */
    public Commitment renewStage(long id) {
        Commitment commitment = get(id);
        return enter(id, commitment.getStage());
    }

    /** Moves the due date of the current stage: a new deadline accepted on escalation. */
    public Commitment moveStageDueDate(long id, java.time.Instant dueDate) {
        Commitment commitment = get(id);
        commitment.moveStageDueDate(dueDate);
        return commitment;
    }

    public Commitment close(long id, CommitmentStage outcome, String note) {
        Commitment commitment = get(id);
        commitment.close(outcome, note, deadlines.now());
        return commitment;
    }

    /** Marks a final compliance assessment as open, so a second proposal does not open another. */
    public Commitment proposeClosure(long id) {
        Commitment commitment = get(id);
        commitment.proposeClosure(deadlines.now());
        return commitment;
    }

    /** The final assessment kept the commitment open: monitoring continues. */
    public Commitment keepOpen(long id) {
        Commitment commitment = get(id);
        commitment.keepOpen();
        return commitment;
    }

    /** Names the commitment that replaces this one (closed as SUPERSEDED right after). */
    public Commitment nameSuccessor(long id, String successorReference) {
        Commitment commitment = get(id);
        commitment.supersededBy(successorReference);
        return commitment;
    }

    /** Closes the commitment after its final compliance assessment. */
    public Commitment closeAfterAssessment(long id, CommitmentStage outcome, String reason) {
        Commitment commitment = get(id);
        commitment.keepOpen();
        commitment.close(outcome, reason, deadlines.now());
        return commitment;
    }

    public java.util.Optional<Commitment> findByReference(String reference) {
        return commitments.findByReference(normalize(reference));
    }

    public Commitment recordDraft(long id, List<CommitmentElement> elements, String draftReference, String summary) {
        Commitment commitment = get(id);
        commitment.recordDraft(elements, draftReference, summary);
        return enter(id, CommitmentStage.SENIOR_REVIEW);
    }

    public Commitment recordSigning(
            long id, java.time.LocalDate signedOn, String place, String signatoryTitles, String documentReference) {
        Commitment commitment = get(id);
        commitment.recordSigning(signedOn, place, signatoryTitles, documentReference);
        return enter(id, CommitmentStage.PLAN_DEVELOPMENT);
    }

    public void recordDecision(long id, Step step, String decision, String comment, Actor actor) {
        decisions.save(new CommitmentDecision(id, step, decision, comment, actor.userId(), deadlines.now()));
    }

    /** Notes that overdue work of this commitment was brought to someone's attention. */
    public Commitment recordReminder(long id) {
        Commitment commitment = get(id);
        commitment.recordReminder(deadlines.now());
        return commitment;
    }

    private static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
