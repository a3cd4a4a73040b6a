package org.wps.commitments.annualreport;

import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_ID;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_freezeFigures} of {@code annual-report-input}: once a senior adviser approved, counts the
 * figures once more so that the approved input holds the data of that day, and marks it approved (downloadable).
 */
@Component("freezeAnnualReportInputDelegate")
class FreezeAnnualReportInputDelegate implements JavaDelegate {

    private final AnnualReportService service;

    FreezeAnnualReportInputDelegate(AnnualReportService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AnnualReportInput input = service.freeze(INPUT_ID.get(execution));
        INPUT_STATUS.set(execution, input.getStatus().name());
    }
}
