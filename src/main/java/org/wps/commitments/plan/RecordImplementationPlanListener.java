package org.wps.commitments.plan;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.PLAN_TITLE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.PLAN_VALIDATED_ON;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.PLAN_VALIDATING_BODY;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.commitment.Deadlines;
import org.wps.commitments.commitment.LifecycleVariables;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.process.FormTaskListener;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.system.Input;

/**
 * Completes {@code userTask_recordImplementationPlan} ("Record validated implementation plan"): stores the plan
 * and moves the commitment into implementation. Interim step until plans are drafted and followed in their
 * own process.
 */
@Component("recordImplementationPlanListener")
class RecordImplementationPlanListener extends FormTaskListener {

    private final ImplementationPlanRepository plans;
    private final CommitmentService commitments;
    private final LifecycleVariables variables;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    RecordImplementationPlanListener(
            ImplementationPlanRepository plans,
            CommitmentService commitments,
            LifecycleVariables variables,
            Deadlines deadlines,
            CommitmentsProperties properties) {
        this.plans = plans;
        this.commitments = commitments;
        this.variables = variables;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        String title = input.requiredText(PLAN_TITLE.name(), "Plan title", 300);
        LocalDate validatedOn = input.requiredDate(PLAN_VALIDATED_ON.name(), "Validation date", properties.timeZone());
        String body = input.requiredText(PLAN_VALIDATING_BODY.name(), "Validating body", 300);
        long id = COMMITMENT_ID.get(task);
        Commitment commitment = commitments.get(id);
        LocalDate today = deadlines.now().atZone(properties.timeZone()).toLocalDate();
        if (validatedOn != null && validatedOn.isAfter(today)) {
            input.problem(PLAN_VALIDATED_ON.name(), "Validation date " + validatedOn + " is in the future.");
        } else if (validatedOn != null
                && commitment.getSignedOn() != null
                && validatedOn.isBefore(commitment.getSignedOn())) {
            input.problem(
                    PLAN_VALIDATED_ON.name(),
                    "Validation date " + validatedOn + " is before the signing on " + commitment.getSignedOn() + ".");
        }
        input.throwIfInvalid();
        plans.save(new ImplementationPlan(id, title, validatedOn, body, actor.userId(), deadlines.now()));
        variables.publishStage(task, commitments.enter(id, CommitmentStage.IMPLEMENTATION));
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(PLAN_TITLE, PLAN_VALIDATED_ON, PLAN_VALIDATING_BODY);
    }
}
