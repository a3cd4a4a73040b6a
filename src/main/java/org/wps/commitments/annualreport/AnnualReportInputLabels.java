package org.wps.commitments.annualreport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wps.commitments.confidentiality.ItemsWithOwnProcess;
import org.wps.commitments.confidentiality.LabelledItems;
import org.wps.commitments.confidentiality.Sensitivity;

/** An annual report input's label covers its own process, whose scopes carry its id ({@code inputId}). */
@Configuration(proxyBeanMethods = false)
class AnnualReportInputLabels {

    @Bean
    LabelledItems labelledAnnualReportInputs(AnnualReportInputRepository inputs) {
        return new ItemsWithOwnProcess(
                AnnualReportInputProcess.Variables.INPUT_ID.name(),
                id -> inputs.findById(id).map(AnnualReportInput::getSensitivity).orElse(null),
                missions ->
                        inputs.findByMissionCodeInAndSensitivity(missions, Sensitivity.STRICTLY_CONFIDENTIAL).stream()
                                .map(AnnualReportInput::getProcessInstanceId)
                                .toList());
    }
}
