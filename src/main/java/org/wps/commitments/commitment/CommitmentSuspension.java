package org.wps.commitments.commitment;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.identity.TrackerWork;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.process.EngineQueries;
import org.wps.commitments.time.Deadlines;
import org.wps.commitments.web.ForbiddenException;

/**
 * Suspends a commitment (mission access lost, renewed hostilities) and resumes it: every process instance of
 * the commitment (its lifecycle, plan, activity follow-ups and escalation ladders share its business key) is
 * suspended, so no timer fires and no reminder or escalation goes out until it resumes. Timers that fell due
 * meanwhile fire when it resumes.
 */
@Component
class CommitmentSuspension {

    /** Who may suspend or resume: the roles that decide escalations, and administrators. */
    static final Set<String> DECIDERS =
            Set.of(Roles.SENIOR_ADVISERS, Roles.MISSION_LEADERSHIP, Roles.OSRSG_SVC, Roles.ADMINS);

    private final CommitmentRepository commitments;
    private final Deadlines deadlines;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CommitmentAccess access;

    CommitmentSuspension(
            CommitmentRepository commitments,
            Deadlines deadlines,
            RuntimeService runtimeService,
            IdentityService identityService,
            CommitmentAccess access) {
        this.commitments = commitments;
        this.access = access;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    @Transactional
    public Commitment suspend(String reference, String reason, Actor actor) {
        Commitment commitment = decidable(reference, actor);
        if (commitment.isSuspended()) {
            throw new InvalidInputException(
                    "reference", "Commitment " + commitment.getReference() + " is already suspended.");
        }
        if (commitment.getStage().isClosed()) {
            throw new InvalidInputException(
                    "reference",
                    "Commitment " + commitment.getReference() + " is closed (" + commitment.getStage() + ").");
        }
        commitment.suspend(reason, deadlines.now());
        TrackerWork.run(identityService, () -> instancesOf(commitment).forEach(pi -> runtimeService
                .updateProcessInstanceSuspensionState()
                .byProcessInstanceId(pi.getId())
                .suspend()));
        return commitment;
    }

    @Transactional
    public Commitment resume(String reference, Actor actor) {
        Commitment commitment = decidable(reference, actor);
        if (!commitment.isSuspended()) {
            throw new InvalidInputException(
                    "reference", "Commitment " + commitment.getReference() + " is not suspended.");
        }
        commitment.resume();
        TrackerWork.run(identityService, () -> instancesOf(commitment).forEach(pi -> runtimeService
                .updateProcessInstanceSuspensionState()
                .byProcessInstanceId(pi.getId())
                .activate()));
        return commitment;
    }

    private Commitment decidable(String reference, Actor actor) {
        Commitment commitment = access.visible(reference, actor);
        if (actor.groupIds().stream().noneMatch(DECIDERS::contains)) {
            throw new ForbiddenException(
                    "Only senior advisers, mission leadership or the OSRSG-SVC desk suspend or resume a commitment.");
        }
        return commitment;
    }

    private List<ProcessInstance> instancesOf(Commitment commitment) {
        return EngineQueries.all(
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(commitment.getReference()));
    }
}
