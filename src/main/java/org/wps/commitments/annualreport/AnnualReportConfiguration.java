package org.wps.commitments.annualreport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wps.commitments.process.ModelFunctions;

/**
 * The cycle of {@code annual-report-cycle.bpmn}'s timer start event reads {@code ${annualReportCycle}}, so the
 * model holds no date. The engine evaluates a start timer's expression when the process is deployed: a changed
 * {@code commitments.annual-report.opens-on} applies from the next deployment of a new version of the process.
 */
@Configuration(proxyBeanMethods = false)
class AnnualReportConfiguration {

    @ModelFunctions
    @Bean(AnnualReportCycleProcess.CYCLE_BEAN)
    String annualReportCycle(AnnualReportProperties properties) {
        return properties.cron();
    }
}
