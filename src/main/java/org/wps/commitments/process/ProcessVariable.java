package org.wps.commitments.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable with a name and a type, declared once in a process descriptor so that no other class
 * spells the variable name.
 *
 * @param name the variable name used in the BPMN model and in forms
 * @param type the Java type of the value
 * @param <T> the value type
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public static ProcessVariable<String> stringVar(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Long> longVar(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public static ProcessVariable<Boolean> booleanVar(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<java.util.Date> dateVar(String name) {
        return new ProcessVariable<>(name, java.util.Date.class);
    }

    public static ProcessVariable<Object> rawVar(String name) {
        return new ProcessVariable<>(name, Object.class);
    }

    /** The value, or an exception naming the variable when it is missing. */
    public T get(VariableScope scope) {
        return getOptional(scope)
                .orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is not set"));
    }

    public Optional<T> getOptional(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return Optional.empty();
        }
        if (type == Long.class && value instanceof Number number) {
            return Optional.of(type.cast(number.longValue()));
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Process variable '" + name + "' holds a "
                    + value.getClass().getSimpleName() + ", expected " + type.getSimpleName());
        }
        return Optional.of(type.cast(value));
    }

    /**
     * Sets the variable, unless it already holds this very value (a string, number, boolean or date that is equal):
     * the engine would otherwise record an update that changes nothing, a runtime row written again and a history
     * detail row, and our listeners publish the stage and its due dates at every step, mostly unchanged. A missing
     * variable, a null value and any other type are always set (a null variable exists, a missing one does not).
     */
    public void set(VariableScope scope, T value) {
        if (value != null && isPlainValue(value) && value.equals(scope.getVariable(name))) {
            return;
        }
        scope.setVariable(name, value);
    }

    private static boolean isPlainValue(Object value) {
        return value instanceof String
                || value instanceof Long
                || value instanceof Integer
                || value instanceof Boolean
                || value instanceof java.util.Date;
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    public VariableMap putInto(VariableMap variables, T value) {
        variables.putValue(name, value);
        return variables;
    }
}
