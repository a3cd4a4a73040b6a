package org.wps.commitments.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.process.Jobs;

/** Test helper: opens a commitment of UNMISS and works it to signing as the demo users would in Tasklist. */
@Component
public class LifecycleDriver {

    private final CommitmentLifecycle lifecycle;
    private final IdentityService identityService;
    private final Jobs jobs;

    LifecycleDriver(CommitmentLifecycle lifecycle, IdentityService identityService, Jobs jobs) {
        this.lifecycle = lifecycle;
        this.identityService = identityService;
        this.jobs = jobs;
    }

    /** Opens a commitment with {@code partyCode} and returns its reference, waiting at its engagement. */
    public String open(String partyCode, LocalDate targetSigningDate) {
        return open(
                partyCode,
                targetSigningDate,
                "Lifecycle driver " + UUID.randomUUID().toString().replaceAll("[^a-f]", ""));
    }

    /** Opens a commitment with {@code partyCode} and {@code title} and returns its reference. */
    public String open(String partyCode, LocalDate targetSigningDate, String title) {
        return open(partyCode, targetSigningDate, title, Sensitivity.CONFIDENTIAL);
    }

    /**
     * Opens a commitment with {@code partyCode}, {@code title} and label {@code sensitivity} and returns its
     * reference; a strictly confidential one is opened by a senior adviser, as only they may.
     */
    public String open(String partyCode, LocalDate targetSigningDate, String title, Sensitivity sensitivity) {
        if (sensitivity == Sensitivity.STRICTLY_CONFIDENTIAL) {
            identityService.setAuthentication("unmissSenior", List.of(Roles.SENIOR_ADVISERS), List.of("unmiss"));
        } else {
            identityService.setAuthentication("unmissAdviser", List.of(Roles.ADVISERS), List.of("unmiss"));
        }
        try {
            return lifecycle
                    .open(new NewCommitment(
                            "UNMISS",
                            partyCode,
                            CommitmentType.JOINT_COMMUNIQUE,
                            title,
                            targetSigningDate,
                            sensitivity,
                            null))
                    .getReference();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Engagement, draft (orders and investigations), senior review, clearance, then signing on {@code signedOn}. */
    public void sign(String reference, LocalDate signedOn) {
        toSigning(reference, signedOn);
        jobs.complete(
                jobs.task(reference, CommitmentLifecycleProcess.Elements.RECORD_SIGNING),
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of(
                        "signingOutcome", "SIGNED",
                        "signedOn", signedOn.toString(),
                        "signingPlace", "Juba",
                        "signatoryTitles", "Minister of Defence; SRSG-SVC",
                        "documentReference", "UNMISS/JC/2027/01"));
    }

    /** Engagement on {@code engagedOn}, draft, senior review and clearance: the commitment awaits its signature. */
    public void toSigning(String reference, LocalDate engagedOn) {
        jobs.complete(
                jobs.task(reference, CommitmentLifecycleProcess.Elements.RECORD_ENGAGEMENT),
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of(
                        "engagementDate", engagedOn.toString(),
                        "engagementLevel", "SENIOR_WPA",
                        "counterpartRole", "Minister of Defence",
                        "engagementOutcome", "Agreed to sign.",
                        "engagementDecision", "READY_TO_DRAFT"));
        jobs.complete(
                jobs.task(reference, CommitmentLifecycleProcess.Elements.DRAFT_TEXT),
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of(
                        "commitmentElements", List.of("CHAIN_OF_COMMAND_ORDERS", "INVESTIGATIONS"),
                        "draftReference", "DMS/UNMISS/2027/1",
                        "draftSummary", "Orders and investigations."));
        jobs.complete(
                jobs.task(reference, CommitmentLifecycleProcess.Elements.REVIEW_DRAFT),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                Map.of("reviewDecision", "APPROVE"));
        jobs.complete(
                jobs.task(reference, CommitmentLifecycleProcess.Elements.CLEAR_TEXT),
                "osrsgDesk",
                Roles.OSRSG_SVC,
                Map.of("clearanceDecision", "CLEAR"));
    }
}
