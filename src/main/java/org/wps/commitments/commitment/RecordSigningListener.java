package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.DOCUMENT_REFERENCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REASSESS_AFTER;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REFUSAL_REASON;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REVIEW_CYCLE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNATORY_TITLES;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNED_ON;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNING_OUTCOME;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNING_PLACE;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.commitment.Decisions.SigningOutcome;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/**
 * Completes {@code userTask_recordSigning} ("Record signing"): a signing (date, place, signatories' titles,
 * document reference) opens plan development, whose six- and twelve-month clocks start at the signing date;
 * a refusal closes the commitment with its reason.
 */
@Component("recordSigningListener")
class RecordSigningListener extends FormTaskListener {

    private final CommitmentService commitments;
    private final LifecycleVariables variables;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    RecordSigningListener(
            CommitmentService commitments,
            LifecycleVariables variables,
            Deadlines deadlines,
            CommitmentsProperties properties) {
        this.commitments = commitments;
        this.variables = variables;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        SigningOutcome outcome = input.requiredChoice(SIGNING_OUTCOME.name(), "Outcome", SigningOutcome.class);
        long id = COMMITMENT_ID.get(task);
        Commitment commitment;
        if (outcome == SigningOutcome.REFUSED) {
            String reason = input.requiredText(REFUSAL_REASON.name(), "Reason for the refusal", 2000);
            input.throwIfInvalid();
            commitments.recordDecision(id, Step.SIGNING, outcome.name(), reason, actor);
            commitment = commitments.close(id, CommitmentStage.REFUSED, reason);
        } else {
            LocalDate signedOn = input.requiredDate(SIGNED_ON.name(), "Signing date", properties.timeZone());
            String place = input.requiredText(SIGNING_PLACE.name(), "Place", 200);
            String titles = input.requiredText(SIGNATORY_TITLES.name(), "Signatories' titles", 500);
            String document = input.requiredText(DOCUMENT_REFERENCE.name(), "Document reference", 200);
            LocalDate today = deadlines.now().atZone(properties.timeZone()).toLocalDate();
            if (signedOn != null && signedOn.isAfter(today)) {
                input.problem(
                        SIGNED_ON.name(),
                        "Signing date " + signedOn + " is in the future; record the "
                                + "signing once it has happened.");
            }
            input.throwIfInvalid();
            if (outcome != null) {
                commitments.recordDecision(id, Step.SIGNING, outcome.name(), null, actor);
            }
            commitment = commitments.recordSigning(id, signedOn, place, titles, document);
            // the monitoring cycle starts at signing: the review and reassessment timers read these
            REVIEW_CYCLE.set(task, properties.reviews().cycle());
            REASSESS_AFTER.set(task, properties.reviews().reassessAfter().toString());
        }
        SIGNING_OUTCOME.set(task, outcome.name());
        variables.publishStage(task, commitment);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(SIGNED_ON, SIGNING_PLACE, SIGNATORY_TITLES, DOCUMENT_REFERENCE, REFUSAL_REASON);
    }
}
