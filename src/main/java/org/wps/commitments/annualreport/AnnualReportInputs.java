package org.wps.commitments.annualreport;

import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.MISSION_CODE;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.REFERENCE;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.REPORT_YEAR;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Facade of {@code annual-report-input}: opens a mission's input for a year, at most once. */
@Component
class AnnualReportInputs {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final AnnualReportService service;

    AnnualReportInputs(RuntimeService runtimeService, HistoryService historyService, AnnualReportService service) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.service = service;
    }

    /**
     * Starts the input of {@code missionCode} for {@code reportYear}, unless an input or a process of that
     * mission and year exists already (running or ended). The instance belongs to the mission's tenant.
     *
     * @return the started instance, or empty when there was one already
     */
    public Optional<ProcessInstance> open(String missionCode, int reportYear) {
        String businessKey = AnnualReportInputProcess.businessKey(missionCode, reportYear);
        boolean started = historyService
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(AnnualReportInputProcess.KEY)
                        .processInstanceBusinessKey(businessKey)
                        .count()
                > 0;
        if (started || service.exists(missionCode, reportYear)) {
            return Optional.empty();
        }
        var variables = Variables.createVariables();
        MISSION_CODE.putInto(variables, missionCode);
        REPORT_YEAR.putInto(variables, reportYear);
        REFERENCE.putInto(variables, businessKey);
        return Optional.of(runtimeService
                .createProcessInstanceByKey(AnnualReportInputProcess.KEY)
                .businessKey(businessKey)
                .setVariables(variables)
                .execute());
    }
}
