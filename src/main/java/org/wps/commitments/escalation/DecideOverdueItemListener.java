package org.wps.commitments.escalation;

import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.DECISION_NOTE;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.ESCALATION_DECISION;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.LEVEL;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.NEW_DEADLINE;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Variables.NEXT_LEVEL;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/** Completes {@code userTask_decideOverdueItem} ("Decide on overdue item"): checks and records the decision. */
@Component("decideOverdueItemListener")
class DecideOverdueItemListener extends FormTaskListener {

    private final EscalationService escalations;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    DecideOverdueItemListener(EscalationService escalations, Deadlines deadlines, CommitmentsProperties properties) {
        this.escalations = escalations;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        EscalationDecision decision =
                input.requiredChoice(ESCALATION_DECISION.name(), "Decision", EscalationDecision.class);
        String note = input.requiredText(DECISION_NOTE.name(), "Reason for the decision", 2000);
        int level = LEVEL.get(task).intValue();
        LocalDate newDeadline = null;
        LocalDate today = deadlines.now().atZone(properties.timeZone()).toLocalDate();
        if (decision != null && !decision.isPersonal()) {
            input.problem(ESCALATION_DECISION.name(), "Decision " + decision + " is recorded by the tracker itself.");
        } else if (decision == EscalationDecision.ACCEPT_NEW_DEADLINE) {
            newDeadline = input.requiredDate(NEW_DEADLINE.name(), "New deadline", properties.timeZone());
            if (newDeadline != null && !newDeadline.isAfter(today)) {
                input.problem(
                        NEW_DEADLINE.name(),
                        "The new deadline " + newDeadline + " must be after today (" + today + ").");
            }
        } else if (decision == EscalationDecision.RAISE_TO_NEXT_LEVEL && level >= EscalationLadder.TOP_LEVEL) {
            input.problem(
                    ESCALATION_DECISION.name(),
                    "Level " + level + " is the top of the ladder: accept a new deadline, engage the party or close "
                            + "the item as not feasible.");
        }
        input.throwIfInvalid();
        escalations.decide(task.getProcessInstanceId(), decision, note, newDeadline, actor);
        ESCALATION_DECISION.set(task, decision.name());
        if (newDeadline != null) {
            NEW_DEADLINE.set(
                    task,
                    Date.from(newDeadline.atStartOfDay(properties.timeZone()).toInstant()));
        } else {
            NEW_DEADLINE.remove(task);
        }
        if (!decision.endsLadder()) {
            NEXT_LEVEL.set(task, (long) level + 1);
        }
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(DECISION_NOTE);
    }
}
