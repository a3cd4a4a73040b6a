package org.wps.commitments.closure;

import static org.wps.commitments.closure.ClosureProcess.Variables.CLOSURE_DECISION;
import static org.wps.commitments.closure.ClosureProcess.Variables.CLOSURE_REASON;
import static org.wps.commitments.closure.ClosureProcess.Variables.SUCCESSOR_REFERENCE;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/**
 * Completes "Assess final compliance": keep monitoring, or close as fulfilled, superseded (naming the
 * successor commitment of the same mission), lapsed or abandoned, always with the reason, which is kept.
 */
@Component("assessFinalComplianceListener")
class AssessFinalComplianceListener extends FormTaskListener {

    private final ClosureAssessments closures;
    private final CommitmentService commitments;

    AssessFinalComplianceListener(ClosureAssessments closures, CommitmentService commitments) {
        this.closures = closures;
        this.commitments = commitments;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        long id = CommitmentLifecycleProcess.Variables.COMMITMENT_ID.get(task);
        Commitment commitment = commitments.get(id);
        ClosureDecision decision =
                input.requiredChoice(CLOSURE_DECISION.name(), "Your assessment", ClosureDecision.class);
        String reason = input.optionalText(CLOSURE_REASON.name(), "Reason", 2000);
        String successor = input.optionalCode(SUCCESSOR_REFERENCE.name(), "Successor commitment", 60);
        if (decision != null && decision != ClosureDecision.CONTINUE_MONITORING && reason == null) {
            input.problem(CLOSURE_REASON.name(), "Give the reason for closing; it is kept with the commitment.");
        }
        if (decision == ClosureDecision.SUPERSEDED) {
            if (successor == null) {
                input.problem(
                        SUCCESSOR_REFERENCE.name(),
                        "Name the commitment that supersedes this one (e.g. " + commitment.getMissionCode()
                                + "-JC-2019).");
            } else {
                successor = successor.toUpperCase(Locale.ROOT);
                Commitment found = commitments.findByReference(successor).orElse(null);
                if (found == null || !found.getMissionCode().equals(commitment.getMissionCode())) {
                    input.problem(
                            SUCCESSOR_REFERENCE.name(),
                            "No commitment " + successor + " in " + commitment.getMissionCode()
                                    + ": open the successor first, then close this one as superseded.");
                } else if (found.getId().equals(commitment.getId())) {
                    input.problem(SUCCESSOR_REFERENCE.name(), "A commitment cannot supersede itself.");
                }
            }
        } else if (successor != null) {
            input.problem(SUCCESSOR_REFERENCE.name(), "Only a superseded commitment names a successor.");
        }
        input.throwIfInvalid();
        closures.record(id, decision, reason, successor, actor);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(CLOSURE_REASON, SUCCESSOR_REFERENCE);
    }
}
