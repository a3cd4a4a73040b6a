package org.wps.commitments.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The variables a person may submit with a task or a start event: the fields of its Camunda Form, read from the
 * deployed form exactly as Tasklist reads it ({@code camunda:formRef} or {@code camunda-forms:} key). A field's
 * variable is its {@code key}; a dynamic list or a group with a {@code path} submits one variable, named by the path,
 * holding its rows or fields. Dotted keys and paths nest inside the variable of their first segment. Components
 * without a key (text, separators, buttons) submit nothing.
 */
public final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFields() {}

    /** The fields of the task's form; empty when the task has none (nothing may then be submitted). */
    public static Set<String> ofTask(CommandContext commandContext, String taskId) {
        return read(commandContext, new GetDeployedTaskFormCmd(taskId));
    }

    /** The fields of the start form of the process definition; empty when it has none. */
    public static Set<String> ofStartForm(CommandContext commandContext, String processDefinitionId) {
        return read(commandContext, new GetDeployedStartFormCmd(processDefinitionId));
    }

    private static Set<String> read(
            CommandContext commandContext, org.camunda.bpm.engine.impl.interceptor.Command<InputStream> form) {
        InputStream stream;
        try {
            stream = commandContext.runWithoutAuthorization(form);
        } catch (BadUserRequestException noForm) {
            return Set.of();
        }
        try (InputStream in = stream) {
            return names(JSON.readTree(in));
        } catch (IOException unreadable) {
            // a deployed form the engine accepted but that is not JSON: nothing can be submitted to it
            return Set.of();
        }
    }

    /** The variable names of a Camunda Form (its JSON schema). */
    static Set<String> names(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        collect(schema.path("components"), names);
        return names;
    }

    private static void collect(JsonNode components, Set<String> names) {
        for (JsonNode component : components) {
            String path = component.path("path").asText("");
            String key = component.path("key").asText("");
            if (!path.isBlank()) {
                names.add(firstSegment(path));
            } else {
                if (!key.isBlank()) {
                    names.add(firstSegment(key));
                }
                collect(component.path("components"), names);
            }
        }
    }

    private static String firstSegment(String dotted) {
        int dot = dotted.indexOf('.');
        return (dot < 0 ? dotted : dotted.substring(0, dot)).strip();
    }
}
