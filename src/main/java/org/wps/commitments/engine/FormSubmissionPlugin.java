package org.wps.commitments.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.delegate.TaskListenerInvocation;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.wps.commitments.input.FormTaskListener;

/**
 * Takes a submitted task form (Tasklist's {@code submit-form}) as soon as its values are set, before the task
 * completes: the task's {@link FormTaskListener} runs from the form handler, where the engine passes a
 * refusal on as a form validation error (HTTP 400 with our message) instead of wrapping it as a listener
 * failure. The listener then skips the completion it has already handled.
 */
@Component
class FormSubmissionPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition =
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.setTaskFormHandler(new TakingTaskFormHandler(definition.getTaskFormHandler(), definition));
            }
        });
    }

    private static void invoke(FormTaskListener listener, TaskEntity task) {
        try {
            Context.getProcessEngineConfiguration()
                    .getDelegateInterceptor()
                    .handleInvocation(new TaskListenerInvocation(listener, task, task.getExecution()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ProcessEngineException("Taking the form of task " + task.getId() + " failed", e);
        }
    }

    /** The engine's form handler, followed by the task's form listeners. */
    private static final class TakingTaskFormHandler implements TaskFormHandler {
        private final TaskFormHandler engineHandler;
        private final TaskDefinition definition;

        TakingTaskFormHandler(TaskFormHandler engineHandler, TaskDefinition definition) {
            this.engineHandler = engineHandler;
            this.definition = definition;
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return engineHandler.createTaskForm(task);
        }

        @Override
        public void parseConfiguration(
                Element activityElement,
                DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition,
                BpmnParse bpmnParse) {
            engineHandler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            engineHandler.submitFormVariables(properties, variableScope);
            if (!(variableScope instanceof TaskEntity task)) {
                return;
            }
            for (TaskListener listener : definition.getTaskListenersForEvent(TaskListener.EVENTNAME_COMPLETE)) {
                if (listener instanceof DelegateExpressionTaskListener delegate) {
                    Object target = Context.getProcessEngineConfiguration()
                            .getExpressionManager()
                            .createExpression(delegate.getExpressionText())
                            .getValue(task);
                    if (target instanceof FormTaskListener formListener) {
                        // as the engine invokes any listener: with the task's execution on the context (the items
                        // it loads are checked against that mission) and the engine's rules for custom code
                        invoke(formListener, task);
                    }
                }
            }
        }
    }
}
