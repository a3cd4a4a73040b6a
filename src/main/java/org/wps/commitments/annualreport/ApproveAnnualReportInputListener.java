package org.wps.commitments.annualreport;

import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.APPROVAL_COMMENT;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.APPROVAL_DECISION;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.HIGHLIGHTS;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_ID;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_STATUS;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.RETURN_COMMENT;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.SENSITIVITY;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/**
 * Completes {@code userTask_approveInput} ("Approve annual report input"): records the senior adviser's approval
 * (the figures are then frozen by {@code serviceTask_freezeFigures}), or returns the input with a comment, in
 * which case the prepare form opens again showing the comment and filled with what the advisers had entered.
 */
@Component("approveAnnualReportInputListener")
class ApproveAnnualReportInputListener extends FormTaskListener {

    /** The senior adviser's choice. */
    enum ApprovalDecision {
        APPROVE,
        RETURN
    }

    static final int COMMENT_MAX = 2000;

    private final AnnualReportService service;

    ApproveAnnualReportInputListener(AnnualReportService service) {
        this.service = service;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        ApprovalDecision decision = input.requiredChoice(APPROVAL_DECISION.name(), "Decision", ApprovalDecision.class);
        long inputId = INPUT_ID.get(task);
        if (decision == ApprovalDecision.APPROVE
                && actor.userId().equals(service.get(inputId).getPreparedBy())) {
            input.problem(
                    APPROVAL_DECISION.name(),
                    "You prepared this input; another senior adviser approves it or returns it.");
        }
        if (decision == ApprovalDecision.RETURN) {
            String comment = input.requiredText(
                    APPROVAL_COMMENT.name(), "A comment for the advisers (required when returning)", COMMENT_MAX);
            input.throwIfInvalid();
            AnnualReportInput returned = service.returnForChanges(inputId, comment);
            INPUT_STATUS.set(task, returned.getStatus().name());
            RETURN_COMMENT.set(task, comment);
            SENSITIVITY.set(task, returned.getSensitivity().name());
            if (returned.getHighlights() != null) {
                HIGHLIGHTS.set(task, returned.getHighlights());
            }
            return;
        }
        input.optionalText(APPROVAL_COMMENT.name(), "Comment", COMMENT_MAX);
        input.throwIfInvalid();
        service.recordApproval(inputId, actor);
        // the gateway's routing fact; the domain row turns APPROVED once the figures are frozen
        INPUT_STATUS.set(task, InputStatus.APPROVED.name());
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(APPROVAL_DECISION, APPROVAL_COMMENT);
    }
}
