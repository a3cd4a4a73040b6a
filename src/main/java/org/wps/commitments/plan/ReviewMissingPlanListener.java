package org.wps.commitments.plan;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.GUIDANCE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.Decisions;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.process.FormTaskListener;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.Input;

/** Completes {@code userTask_reviewMissingPlan} ("Review missing implementation plan"): keeps the senior guidance. */
@Component("reviewMissingPlanListener")
class ReviewMissingPlanListener extends FormTaskListener {

    private final CommitmentService commitments;

    ReviewMissingPlanListener(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        String guidance = input.requiredText(GUIDANCE.name(), "Guidance", 2000);
        input.throwIfInvalid();
        commitments.recordDecision(
                COMMITMENT_ID.get(task), Step.MISSING_PLAN_REVIEW, Decisions.GUIDANCE_GIVEN, guidance, actor);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(GUIDANCE);
    }
}
