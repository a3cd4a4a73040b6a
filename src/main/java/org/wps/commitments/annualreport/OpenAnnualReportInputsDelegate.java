package org.wps.commitments.annualreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_openMissionInputs} of {@code annual-report-cycle}: opens one {@code annual-report-input} per
 * mission that has at least one open commitment, for the report year the call opens. A mission whose input of
 * that year exists already is skipped, so the cycle may fire twice without opening anything twice.
 */
@Component("openAnnualReportInputsDelegate")
class OpenAnnualReportInputsDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAnnualReportInputsDelegate.class);

    private final AnnualReportFigures figures;
    private final AnnualReportInputs inputs;
    private final AnnualReportService service;

    OpenAnnualReportInputsDelegate(
            AnnualReportFigures figures, AnnualReportInputs inputs, AnnualReportService service) {
        this.figures = figures;
        this.inputs = inputs;
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int reportYear = service.reportYearOn(service.now());
        for (String missionCode : figures.missionsWithActiveCommitments()) {
            inputs.open(missionCode, reportYear)
                    .ifPresentOrElse(
                            pi -> LOG.info("Opened the {} annual report input of {}", reportYear, missionCode),
                            () -> LOG.info(
                                    "The {} annual report input of {} was opened before", reportYear, missionCode));
        }
    }
}
