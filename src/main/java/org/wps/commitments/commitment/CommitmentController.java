package org.wps.commitments.commitment;

import java.net.URI;
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
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.Input;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.mission.MissionAccess;
import org.wps.commitments.party.Party;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.system.CommitmentsProperties;

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
    private final PartyRepository parties;
    private final MissionAccess missionAccess;
    private final CommitmentsProperties properties;
    private final CommitmentSuspension suspension;
    private final CommitmentAccess access;

    CommitmentController(
            CommitmentLifecycle lifecycle,
            CommitmentService service,
            CommitmentRepository commitments,
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
                .body(CommitmentView.of(commitment, parties.nameOf(commitment.getPartyCode())));
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
                .map(c -> CommitmentView.of(c, partyNames.getOrDefault(c.getPartyCode(), c.getPartyCode())))
                .toList();
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
        return CommitmentView.of(c, parties.nameOf(c.getPartyCode()));
    }

    /** Resumes a suspended commitment: its timers run again, those that fell due meanwhile at once. */
    @DeleteMapping("/{reference}/suspension")
    CommitmentView resume(@PathVariable("reference") String reference, Actor user) {
        Commitment c = suspension.resume(reference, user);
        return CommitmentView.of(c, parties.nameOf(c.getPartyCode()));
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
}
