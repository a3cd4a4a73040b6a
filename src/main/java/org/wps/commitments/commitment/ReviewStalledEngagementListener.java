package org.wps.commitments.commitment;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.GUIDANCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.STALLED_ENGAGEMENT_DECISION;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentDecision.Step;
import org.wps.commitments.commitment.Decisions.StalledEngagementDecision;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.process.FormTaskListener;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.Input;

/**
 * Completes {@code userTask_reviewStalledEngagement} ("Review stalled engagement"): the senior adviser's
 * guidance is kept; abandoning closes the commitment (the model then ends every open task).
 */
@Component("reviewStalledEngagementListener")
class ReviewStalledEngagementListener extends FormTaskListener {

    private final CommitmentService commitments;

    ReviewStalledEngagementListener(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        StalledEngagementDecision decision =
                input.requiredChoice(STALLED_ENGAGEMENT_DECISION.name(), "Decision", StalledEngagementDecision.class);
        String guidance = input.requiredText(GUIDANCE.name(), "Guidance", 2000);
        input.throwIfInvalid();
        long id = COMMITMENT_ID.get(task);
        commitments.recordDecision(id, Step.STALLED_ENGAGEMENT_REVIEW, decision.name(), guidance, actor);
        if (decision == StalledEngagementDecision.ABANDON) {
            commitments.close(id, CommitmentStage.ABANDONED, guidance);
        }
        STALLED_ENGAGEMENT_DECISION.set(task, decision.name());
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(GUIDANCE);
    }
}
