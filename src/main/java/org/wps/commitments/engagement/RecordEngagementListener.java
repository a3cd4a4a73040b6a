package org.wps.commitments.engagement;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COUNTERPART_ROLE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.ENGAGEMENT_DATE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.ENGAGEMENT_DECISION;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.ENGAGEMENT_LEVEL;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.ENGAGEMENT_OUTCOME;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.commitment.LifecycleVariables;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/**
 * Completes {@code userTask_recordEngagement} ("Record engagement with party"): stores the engagement and
 * applies the adviser's decision. Keeping on engaging restarts the stalled-engagement period; being ready to
 * draft opens the drafting stage; abandoning closes the commitment.
 */
@Component("recordEngagementListener")
class RecordEngagementListener extends FormTaskListener {

    static final int OUTCOME_MAX = 2000;

    private final EngagementRecordRepository engagements;
    private final CommitmentService commitments;
    private final LifecycleVariables variables;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    RecordEngagementListener(
            EngagementRecordRepository engagements,
            CommitmentService commitments,
            LifecycleVariables variables,
            Deadlines deadlines,
            CommitmentsProperties properties) {
        this.engagements = engagements;
        this.commitments = commitments;
        this.variables = variables;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        LocalDate date = input.requiredDate(ENGAGEMENT_DATE.name(), "Engagement date", properties.timeZone());
        EngagementLevel level = input.requiredChoice(ENGAGEMENT_LEVEL.name(), "Level", EngagementLevel.class);
        String counterpart = input.requiredText(COUNTERPART_ROLE.name(), "Counterpart role", 200);
        String outcome = input.requiredText(ENGAGEMENT_OUTCOME.name(), "Outcome", OUTCOME_MAX);
        EngagementDecision decision =
                input.requiredChoice(ENGAGEMENT_DECISION.name(), "Decision", EngagementDecision.class);
        LocalDate today = deadlines.now().atZone(properties.timeZone()).toLocalDate();
        if (date != null && date.isAfter(today)) {
            input.problem(
                    ENGAGEMENT_DATE.name(),
                    "Engagement date " + date + " is in the future; record an "
                            + "engagement once it has taken place.");
        }
        input.throwIfInvalid();

        long commitmentId = COMMITMENT_ID.get(task);
        engagements.save(new EngagementRecord(
                commitmentId, date, level, counterpart, outcome, decision, actor.userId(), deadlines.now()));
        Commitment commitment =
                switch (decision) {
                    case CONTINUE -> commitments.renewStage(commitmentId);
                    case READY_TO_DRAFT -> commitments.enter(commitmentId, CommitmentStage.DRAFTING);
                    case ABANDON -> commitments.close(commitmentId, CommitmentStage.ABANDONED, outcome);
                };
        ENGAGEMENT_DECISION.set(task, decision.name());
        variables.publishStage(task, commitment);
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(ENGAGEMENT_DATE, ENGAGEMENT_LEVEL, COUNTERPART_ROLE, ENGAGEMENT_OUTCOME);
    }
}
