package org.wps.commitments.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.LifecycleDriver;

/**
 * {@link ProcessVariable#set}: a value equal to the one the variable holds is not written again (no update, no
 * history detail), any other value is, and a null value creates the variable.
 */
@TrackerTest
class ProcessVariableTest {

    private static final ProcessVariable<String> MARKER = ProcessVariable.stringVar("processVariableTestMarker");
    private static final ProcessVariable<Date> WHEN = ProcessVariable.dateVar("processVariableTestDate");

    @Autowired
    LifecycleDriver driver;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    private String processInstanceId;

    @BeforeEach
    void openACommitment() {
        String reference = driver.open("GOV-SSD", LocalDate.now().plusMonths(3));
        processInstanceId = commitments.findByReference(reference).orElseThrow().getProcessInstanceId();
    }

    @Test
    void anEqualValueIsNotWrittenAgain_aDifferentOneIs() {
        set(MARKER, "first");
        set(MARKER, new String("first"));
        assertThat(updatesOf(MARKER)).as("the same text set twice").isEqualTo(1);

        set(MARKER, "second");
        assertThat(updatesOf(MARKER)).isEqualTo(2);
        assertThat(runtimeService.getVariable(processInstanceId, MARKER.name())).isEqualTo("second");
    }

    @Test
    void anEqualDateIsNotWrittenAgain() {
        Date due = new Date(1_900_000_000_000L);
        set(WHEN, due);
        set(WHEN, new Date(due.getTime()));
        assertThat(updatesOf(WHEN)).isEqualTo(1);

        set(WHEN, new Date(due.getTime() + 1));
        assertThat(updatesOf(WHEN)).isEqualTo(2);
    }

    @Test
    void nullCreatesTheVariable_andReplacesAValue() {
        set(MARKER, null);
        assertThat(runtimeService.getVariables(processInstanceId)).containsEntry(MARKER.name(), null);

        set(MARKER, "a value");
        set(MARKER, null);
        assertThat(runtimeService.getVariable(processInstanceId, MARKER.name())).isNull();
        assertThat(updatesOf(MARKER)).isEqualTo(3);
    }

    /** Sets the variable on the process instance inside the engine, as a delegate or listener does. */
    private <T> void set(ProcessVariable<T> variable, T value) {
        engine.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
            variable.set(instance, value);
            return null;
        });
    }

    private long updatesOf(ProcessVariable<?> variable) {
        return historyService
                .createHistoricDetailQuery()
                .processInstanceId(processInstanceId)
                .variableUpdates()
                .list()
                .stream()
                .filter(detail -> variable.name()
                        .equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()))
                .count();
    }
}
