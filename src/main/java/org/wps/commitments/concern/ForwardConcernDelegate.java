package org.wps.commitments.concern;

import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.COMMITMENT_REFERENCE;
import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.CONCERN_KIND;
import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.CONCERN_REFERENCE;
import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.CONCERN_SENSITIVITY;
import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.MISSION_CODE;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.Input;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.web.ConflictException;
import org.wps.commitments.web.NotFoundException;

/**
 * {@code serviceTask_forwardConcern} of report-compliance-concern.bpmn: the concern entered in the Tasklist
 * start form is checked and handed to the commitment's lifecycle in the same transaction, so a refusal starts
 * nothing and Tasklist shows the message with the form still filled in.
 */
@Component("forwardConcernDelegate")
class ForwardConcernDelegate implements JavaDelegate {

    /** The API's field names as the start form spells them. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "kind", CONCERN_KIND.name(),
            "reference", CONCERN_REFERENCE.name(),
            "sensitivity", CONCERN_SENSITIVITY.name());

    private final ComplianceConcernService concerns;

    ForwardConcernDelegate(ComplianceConcernService concerns) {
        this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Actor actor = Actor.current(execution.getProcessEngineServices().getIdentityService());
        Input form = Input.of(execution);
        String reference = form.requiredCode(COMMITMENT_REFERENCE.name(), "Commitment reference", 60);
        try {
            form.throwIfInvalid();
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.problems(), e.getMessage());
        }
        String mission = MISSION_CODE.getOptional(execution).orElse("");
        if (!reference
                .strip()
                .toUpperCase(Locale.ROOT)
                .startsWith(mission.strip().toUpperCase(Locale.ROOT) + "-")) {
            throw new FormFieldValidationException(
                    "commitmentReference",
                    "Commitment " + reference + " is not a commitment of " + mission
                            + " (references start with the mission code, e.g. " + mission + "-JC-2014).");
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", CONCERN_KIND.getOptional(execution).orElse(null));
        fields.put("reference", CONCERN_REFERENCE.getOptional(execution).orElse(null));
        fields.put("sensitivity", CONCERN_SENSITIVITY.getOptional(execution).orElse(null));
        try {
            concerns.report(reference, fields, actor);
        } catch (InvalidInputException e) {
            // named as the start form names its fields, not as the API does
            throw new FormFieldValidationException(
                    e.problems().stream()
                            .map(p -> new InvalidInputException.FieldProblem(
                                    FORM_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                            .toList(),
                    e.getMessage());
        } catch (ConflictException | NotFoundException e) {
            throw new FormFieldValidationException("commitmentReference", e.getMessage());
        }
    }
}
