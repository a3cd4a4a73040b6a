package org.wps.commitments.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.LifecycleDriver;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.process.ProcessTestBase;

/** {@code processes/report-compliance-concern.bpmn}: the Tasklist start form that reports a concern. */
@TrackerTest
class ReportComplianceConcernProcessTest extends ProcessTestBase {

    @Autowired
    private FormService formService;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private LifecycleDriver lifecycle;

    @Autowired
    private ComplianceConcernRepository concerns;

    @Override
    protected String processKey() {
        return ComplianceConcernProcess.REPORT_KEY;
    }

    private ProcessInstance submit(String user, Map<String, Object> form) {
        identityService.setAuthentication(user, List.of(Roles.ADVISERS), List.of("unmiss"));
        try {
            String definition = repositoryService
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(ComplianceConcernProcess.REPORT_KEY)
                    .latestVersion()
                    .singleResult()
                    .getId();
            return formService.submitStartForm(definition, form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void concernReportedFromTasklist_isRecordedAndAssessed() {
        String reference = lifecycle.open("GOV-SSD", LocalDate.now().plusMonths(2));
        lifecycle.sign(reference, LocalDate.now());

        ProcessInstance pi = submit(
                "unmissAdviser",
                Map.of(
                        "missionCode", "UNMISS",
                        "commitmentReference", reference.toLowerCase(),
                        "concernKind", "DENIAL_OF_ACCESS",
                        "concernReference", "MARA-UNMISS-2027-0100",
                        "concernSensitivity", "CONFIDENTIAL"));

        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        ComplianceConcernProcess.Elements.REPORT_START,
                        ComplianceConcernProcess.Elements.FORWARD_CONCERN,
                        ComplianceConcernProcess.Elements.CONCERN_FORWARDED);
        assertThat(jobs.task(reference, ComplianceConcernProcess.Elements.ASSESS_CONCERN)
                        .getDescription())
                .contains("denial of access", "MARA-UNMISS-2027-0100", "Reported by unmissAdviser");
    }

    @Test
    void concernOfAnotherMissionOrWithANarrative_isRefusedAndStartsNothing() {
        String reference = lifecycle.open("GOV-SSD", LocalDate.now().plusMonths(2));
        lifecycle.sign(reference, LocalDate.now());
        long before = concerns.count();

        assertThatThrownBy(() -> submit(
                        "unmissAdviser",
                        Map.of(
                                "missionCode", "MINUSMA",
                                "commitmentReference", reference,
                                "concernKind", "AMNESTY",
                                "concernReference", "MARA-1")))
                .hasMessageContaining("is not a commitment of MINUSMA");
        assertThatThrownBy(() -> submit(
                        "unmissAdviser",
                        Map.of(
                                "missionCode", "UNMISS",
                                "commitmentReference", reference,
                                "concernKind", "AMNESTY",
                                "concernReference", "the witness told us")))
                .hasMessageContaining("opaque reference");
        assertThat(concerns.count()).isEqualTo(before);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ComplianceConcernProcess.REPORT_KEY)
                        .count())
                .isZero();
    }
}
