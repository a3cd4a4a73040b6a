package org.wps.commitments.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.wps.commitments.input.FormTaskListener;
import org.wps.commitments.input.Input;

/**
 * Keeps the form input that the tasks' {@link FormTaskListener}s store in the domain, and then remove, out of the
 * engine's history. Such a value lives for one command as a process variable: submitted with the task, checked and
 * written to our tables by the listener, removed before the command ends. With the full history level the engine
 * would still write it to {@code ACT_HI_VARINST} and twice to {@code ACT_HI_DETAIL} (created, deleted), a copy of
 * every narrative kept as long as the history, outside the domain that governs it; about 30 such variables per
 * commitment, 102 of its 270 variable history rows (W1 in docs/benchmarks.md).
 *
 * <p>Only the variables a form listener declares as consumed ({@link FormTaskListener#consumedVariables()}, and the
 * box confirming that a narrative holds no personal data) are left out, whichever process sets them; the decisions
 * that gateways read, the due dates and every other variable keep their full history. Every history event of a
 * left-out variable is dropped, its creation, updates and deletion alike, so the history tables stay consistent.
 */
@Component
class FormInputHistoryPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormTaskListener> formListeners;

    FormInputHistoryPlugin(ObjectProvider<FormTaskListener> formListeners) {
        this.formListeners = formListeners;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(
                new WithoutFormInput(configuration.getHistoryEventHandler(), this::consumedVariableNames));
    }

    /** The names of the form input variables; read when first needed, once the listeners exist. */
    Set<String> consumedVariableNames() {
        Set<String> names = new HashSet<>();
        names.add(Input.NARRATIVE_CONFIRMED);
        formListeners
                .orderedStream()
                .flatMap(listener -> listener.formInputVariables().stream())
                .forEach(variable -> names.add(variable.name()));
        return Set.copyOf(names);
    }

    /** The engine's history event handler, without the events of the form input variables. */
    static final class WithoutFormInput implements HistoryEventHandler {

        private final HistoryEventHandler engineHandler;
        /** Read at the first variable event, once: the listeners do not exist yet when the engine is built. */
        private final SingletonSupplier<Set<String>> formInput;

        WithoutFormInput(HistoryEventHandler engineHandler, Supplier<Set<String>> names) {
            this.engineHandler = engineHandler;
            this.formInput = SingletonSupplier.of(names);
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isFormInput(event)) {
                engineHandler.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private boolean isFormInput(HistoryEvent event) {
            return event instanceof HistoricVariableUpdateEventEntity variable
                    && formInput.obtain().contains(variable.getVariableName());
        }
    }
}
