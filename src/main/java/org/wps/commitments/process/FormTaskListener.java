package org.wps.commitments.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.system.Input;
import org.wps.commitments.system.InvalidInputException;

/**
 * Base of the {@code complete} listeners that take what a person submitted in a task's form: Camunda Forms
 * are only checked in the browser, so the values are checked here again. Invalid input refuses the completion
 * with a form validation error (HTTP 400 from the engine REST API, a message in Tasklist) and the task stays
 * open with what was entered; valid input is stored in the domain and the form's variables are removed, so
 * process variables keep only references, decisions and due dates.
 */
public abstract class FormTaskListener implements TaskListener {

    @Override
    public final void notify(DelegateTask task) {
        try {
            handle(task, Input.of(task), Actor.current(task.getProcessEngineServices().getIdentityService()));
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.problems(), e.getMessage());
        }
        for (ProcessVariable<?> variable : consumedVariables()) {
            task.removeVariable(variable.name());
        }
    }

    /** Checks the input (throwing {@link InvalidInputException}) and records it in the domain. */
    protected abstract void handle(DelegateTask task, Input input, Actor actor);

    /** The form's input variables, removed once stored in the domain. Decisions read by gateways stay. */
    protected abstract java.util.List<ProcessVariable<?>> consumedVariables();
}
