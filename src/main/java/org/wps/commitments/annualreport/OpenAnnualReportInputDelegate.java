package org.wps.commitments.annualreport;

import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_ID;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_STATUS;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.MISSION_CODE;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.PREPARE_DUE_DATE;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.REPORT_YEAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_openInput} of {@code annual-report-input}: records the mission's input for the year with its
 * figures as of now, and publishes the preparation due date that the task and its reminder timer read.
 */
@Component("openAnnualReportInputDelegate")
class OpenAnnualReportInputDelegate implements JavaDelegate {

    private final AnnualReportService service;

    OpenAnnualReportInputDelegate(AnnualReportService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int reportYear = REPORT_YEAR.get(execution);
        AnnualReportInput input =
                service.open(MISSION_CODE.get(execution), reportYear, execution.getProcessInstanceId());
        INPUT_ID.set(execution, input.getId());
        INPUT_STATUS.set(execution, input.getStatus().name());
        PREPARE_DUE_DATE.set(execution, service.prepareDueDate(reportYear));
    }
}
