package org.wps.commitments.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.LifecycleDriver;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.process.Jobs;

/**
 * {@link FormInputHistoryPlugin}: the input of a task form, stored in the domain and removed by the task's listener,
 * leaves no copy in the engine's history; the decision the form carries to a gateway, and the process's other
 * variables, keep their full history.
 */
@TrackerTest
class FormInputHistoryTest {

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Jobs jobs;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    FormInputHistoryPlugin plugin;

    @Test
    void theEngagementFormsNarrativeIsInTheDomainOnly_itsDecisionKeepsItsHistory() {
        String reference = driver.open("GOV-SSD", LocalDate.now().plusMonths(3));
        String processInstanceId =
                commitments.findByReference(reference).orElseThrow().getProcessInstanceId();
        // letters only: digit runs of a random id can look like a phone number to the personal-data check
        String outcome =
                "Agreed to draft; marker " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

        jobs.complete(
                jobs.task(reference, CommitmentLifecycleProcess.Elements.RECORD_ENGAGEMENT),
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of(
                        "engagementDate", LocalDate.now().toString(),
                        "engagementLevel", "SENIOR_WPA",
                        "counterpartRole", "Chief of Defence Forces",
                        "engagementOutcome", outcome,
                        "engagementDecision", "READY_TO_DRAFT"));

        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .includeDeleted()
                        .variableValueEquals("engagementOutcome", outcome)
                        .count())
                .as("the narrative has no historic variable")
                .isZero();
        assertThat(historyService
                        .createHistoricDetailQuery()
                        .processInstanceId(processInstanceId)
                        .variableUpdates()
                        .list())
                .as("nor any historic detail of any of the form's input")
                .extracting(
                        detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
                .doesNotContain("engagementOutcome", "engagementDate", "engagementLevel", "counterpartRole")
                .contains("engagementDecision");
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .variableName("engagementDecision")
                        .singleResult()
                        .getValue())
                .as("the decision the gateway read keeps its history")
                .isEqualTo("READY_TO_DRAFT");
        assertThat(runtimeService.getVariable(processInstanceId, "engagementOutcome"))
                .as("and the input is no process variable either, as before")
                .isNull();
    }

    @Test
    void theLeftOutNamesAreTheFormListenersConsumedInputAndTheConfirmationBox() {
        assertThat(plugin.consumedVariableNames())
                .contains("engagementOutcome", "draftSummary", "closureReason", "verification", "narrativeConfirmed")
                .doesNotContain("engagementDecision", "stage", "stageDueDate", "missionCode", "reference");
    }
}
