package org.wps.commitments.input;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.process.ProcessVariable;

/**
 * Base of the {@code complete} listeners that take what a person submitted in a task's form: Camunda Forms
 * are only checked in the browser, so the values are checked here again. Invalid input refuses the submission
 * with a form validation error (HTTP 400, a message in Tasklist) and the task stays open with what was entered;
 * valid input is stored in the domain and the form's variables are removed (with the box that confirms the
 * free texts hold no personal data), so process variables keep only references, decisions and due dates.
 *
 * <p>Every free text passes the personal-data check ({@link Input#requiredText}). The box
 * {@value Input#NARRATIVE_CONFIRMED} is honoured only when the task's deployed form carries it: read from the
 * form itself, not declared by the listener, so a form without the box (or a variable of that name sent to it
 * over the engine API) cannot switch the check off.
 *
 * <p>A form submitted through Tasklist is taken when it is submitted, before the task completes
 * ({@link FormSubmissionPlugin}), so a refusal reaches the person unwrapped; a task completed directly (engine
 * REST {@code /complete}, Java API) is taken by this listener on completion.
 */
public abstract class FormTaskListener implements TaskListener {

    /**
     * The tasks whose form was already taken in the running command (by its submission, before the completion that
     * follows): held by the engine's command context, never by a variable, so no request can claim it was taken.
     */
    private static final Map<CommandContext, Set<String>> TAKEN = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public final void notify(DelegateTask task) {
        CommandContext command = Context.getCommandContext();
        if (command != null && TAKEN.getOrDefault(command, Set.of()).contains(task.getId())) {
            return;
        }
        try {
            handle(
                    task,
                    formHasConfirmationBox(command, task) ? Input.ofConfirmableForm(task) : Input.of(task),
                    Actor.current(task.getProcessEngineServices().getIdentityService()));
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.problems(), e.getMessage());
        }
        for (ProcessVariable<?> variable : consumedVariables()) {
            task.removeVariable(variable.name());
        }
        // the form's "I have checked: no personal data" box served this submission only
        task.removeVariable(Input.NARRATIVE_CONFIRMED);
        if (command != null) {
            TAKEN.computeIfAbsent(command, c -> ConcurrentHashMap.newKeySet()).add(task.getId());
        }
    }

    /** Whether the task's deployed form offers the box confirming that its free texts hold no personal data. */
    private static boolean formHasConfirmationBox(CommandContext command, DelegateTask task) {
        return command != null && FormFields.ofTask(command, task.getId()).contains(Input.NARRATIVE_CONFIRMED);
    }

    /** Checks the input (throwing {@link InvalidInputException}) and records it in the domain. */
    protected abstract void handle(DelegateTask task, Input input, Actor actor);

    /** The form's input variables, removed once stored in the domain. Decisions read by gateways stay. */
    protected abstract List<ProcessVariable<?>> consumedVariables();

    /** The variables of {@link #consumedVariables()}, for the plugin that keeps them out of history. */
    public final List<ProcessVariable<?>> formInputVariables() {
        return consumedVariables();
    }
}
