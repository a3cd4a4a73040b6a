package org.wps.commitments.confidentiality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Roles;

/**
 * A strictly confidential item's tasks reach only people cleared for it (Clearance), whatever model a designer
 * deploys: when such a task is created, a candidate group of advisers becomes the senior advisers and managers are
 * never candidates; and its description (which the models' listeners fill with the party and the item) says only that
 * the item is strictly confidential, since the engine's history keeps descriptions for everyone who reads a mission's
 * history.
 */
@Component
class StrictTaskPlugin extends AbstractProcessEnginePlugin {

    /** The description of every strictly confidential task. */
    static final String DESCRIPTION = "Strictly confidential: its party and content are on the commitment's page, for"
            + " senior advisers, mission leadership and the OSRSG-SVC desk only. Do not copy them into comments.";

    private final ObjectProvider<ConfidentialItems> items;

    StrictTaskPlugin(ObjectProvider<ConfidentialItems> items) {
        this.items = items;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener describing = this::describe;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition =
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                Set<Expression> groups = definition.getCandidateGroupIdExpressions();
                List<Expression> modelled = new ArrayList<>(groups);
                groups.clear();
                modelled.forEach(model -> groups.add(new RoutedGroups(model)));
                // after the model's own create listeners, which write the description
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, describing);
            }
        });
    }

    private boolean isStrict(VariableScope scope) {
        String businessKey = scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
        return items.getObject().isStrictlyConfidential(scope, businessKey);
    }

    void describe(DelegateTask task) {
        if (task.getExecution() != null && isStrict(task.getExecution())) {
            task.setDescription(DESCRIPTION);
        }
    }

    /**
     * The candidate groups a task's model names, as the engine evaluates them when it creates the task: for a
     * strictly confidential item, advisers become senior advisers and managers are dropped.
     */
    final class RoutedGroups implements Expression {

        private final Expression model;

        RoutedGroups(Expression model) {
            this.model = model;
        }

        @Override
        public Object getValue(VariableScope scope) {
            Object groups = model.getValue(scope);
            if (!isStrict(scope)) {
                return groups;
            }
            Collection<?> named = groups instanceof Collection<?> collection
                    ? collection
                    : Arrays.stream(String.valueOf(groups).split(","))
                            .map(String::strip)
                            .toList();
            Set<String> routed = new LinkedHashSet<>();
            for (Object group : named) {
                String id = String.valueOf(group);
                if (Roles.ADVISERS.equals(id)) {
                    routed.add(Roles.SENIOR_ADVISERS);
                } else if (!Roles.MANAGERS.equals(id) && !id.isBlank()) {
                    routed.add(id);
                }
            }
            return List.copyOf(routed);
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            model.setValue(value, scope);
        }

        @Override
        public String getExpressionText() {
            return model.getExpressionText();
        }

        @Override
        public boolean isLiteralText() {
            return model.isLiteralText();
        }
    }
}
