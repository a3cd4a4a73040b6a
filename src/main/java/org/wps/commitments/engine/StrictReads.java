package org.wps.commitments.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.util.ReflectionUtils;

/**
 * What a reader who is not cleared for strictly confidential work gets of the engine's APIs: the rows of a list or
 * a single result that belong to a strictly confidential item's process instances are left out (counts still count
 * them: that such items exist may show, their content may not), and a look-up by the id of such a task, execution
 * or process instance is refused.
 */
final class StrictReads {

    /** The getter of each row type that names the process instance a row belongs to, or none. */
    private static final Map<Class<?>, Optional<Method>> INSTANCE_GETTERS = new ConcurrentHashMap<>();

    private StrictReads() {}

    /** The result without the rows (or the single row) of the hidden process instances. */
    @SuppressWarnings("unchecked")
    static <T> T without(T result, Set<String> hidden) {
        if (result instanceof List<?> rows) {
            List<Object> kept = new ArrayList<>(rows.size());
            for (Object row : rows) {
                if (!hidden.contains(processInstanceOf(row))) {
                    kept.add(row);
                }
            }
            return kept.size() == rows.size() ? result : (T) kept;
        }
        return result != null && hidden.contains(processInstanceOf(result)) ? null : result;
    }

    /** The process instance a look-up command reads by id (a task's, an execution's or the instance itself), if any. */
    static String instanceRead(Command<?> command, CommandContext context) {
        String taskId =
                command instanceof GetTaskFormVariablesCmd ? text(command, "resourceId") : text(command, "taskId");
        if (taskId != null) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            return task == null ? null : task.getProcessInstanceId();
        }
        String executionId = text(command, "executionId");
        if (executionId != null) {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
            return execution == null ? null : execution.getProcessInstanceId();
        }
        return text(command, "processInstanceId");
    }

    private static String processInstanceOf(Object row) {
        if (row == null) {
            return null;
        }
        Optional<Method> getter = INSTANCE_GETTERS.computeIfAbsent(
                row.getClass(), type -> Optional.ofNullable(ReflectionUtils.findMethod(type, "getProcessInstanceId"))
                        .filter(method -> method.getReturnType() == String.class));
        return getter.map(method -> (String) ReflectionUtils.invokeMethod(method, row))
                .orElse(null);
    }

    static String text(Object command, String name) {
        var field = ReflectionUtils.findField(command.getClass(), name, String.class);
        if (field == null) {
            return null;
        }
        ReflectionUtils.makeAccessible(field);
        return (String) ReflectionUtils.getField(field, command);
    }
}
