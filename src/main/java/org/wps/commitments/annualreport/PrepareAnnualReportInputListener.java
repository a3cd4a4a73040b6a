package org.wps.commitments.annualreport;

import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.APPROVE_DUE_DATE;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.HIGHLIGHTS;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_ID;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_STATUS;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.RETURN_COMMENT;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.SENSITIVITY;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;
import org.wps.commitments.process.ProcessVariable;

/**
 * Completes {@code userTask_prepareInput} ("Prepare annual report input"): checks and stores the advisers'
 * highlights (optional) and the sensitivity label, submits the input and sets when its approval is due.
 */
@Component("prepareAnnualReportInputListener")
class PrepareAnnualReportInputListener extends FormTaskListener {

    static final int HIGHLIGHTS_MAX = 4000;

    private final AnnualReportService service;

    PrepareAnnualReportInputListener(AnnualReportService service) {
        this.service = service;
    }

    @Override
    protected void handle(DelegateTask task, Input input, Actor actor) {
        String highlights = input.optionalText(HIGHLIGHTS.name(), "Highlights and challenges", HIGHLIGHTS_MAX);
        Sensitivity sensitivity = input.requiredChoice(SENSITIVITY.name(), "Sensitivity", Sensitivity.class);
        input.throwIfInvalid();
        service.submit(INPUT_ID.get(task), highlights, sensitivity, actor);
        INPUT_STATUS.set(task, InputStatus.SUBMITTED.name());
        APPROVE_DUE_DATE.set(task, service.approveDueDate());
    }

    @Override
    protected List<ProcessVariable<?>> consumedVariables() {
        return List.of(HIGHLIGHTS, SENSITIVITY, RETURN_COMMENT);
    }
}
