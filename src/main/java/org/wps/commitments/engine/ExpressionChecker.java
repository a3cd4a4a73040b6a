package org.wps.commitments.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.util.ReflectionUtils;

/**
 * Judges the JUEL expressions of a model before it is deployed: what an expression may reach is what a model needs,
 * nothing more. Allowed are variables, literals and operators; the tracker's own beans (the allow-list,
 * {@link ExpressionBeans}) and calls of their methods; and, on {@code execution}, the few properties the models
 * read ({@link #EXECUTION_PROPERTIES}). Refused: a method call on anything else (the execution, a task, a
 * variable's value: {@code execution.getProcessEngineServices()} reaches every engine service), any other property
 * or bracket access (the same getters by another name), functions, and a name of an application bean that is not
 * on the allow-list. The expression is parsed with the engine's own JUEL parser, so what is judged is what would run.
 */
final class ExpressionChecker {

    /** The properties of {@code execution} the models read; each is a plain value, never an object to go on from. */
    static final Set<String> EXECUTION_PROPERTIES =
            Set.of("processBusinessKey", "processInstanceId", "businessKey", "tenantId", "currentActivityId");

    /** Methods every object has, which reach the object's class and so everything. */
    private static final Set<String> OBJECT_METHODS =
            Set.of("getClass", "wait", "notify", "notifyAll", "hashCode", "equals", "toString", "clone", "finalize");

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");

    private final Predicate<String> allowedBean;
    private final Predicate<String> functionsBean;
    private final Predicate<String> applicationBean;

    /**
     * @param allowedBean whether a name is a bean of the allow-list
     * @param functionsBean whether a name is an allowed bean whose methods models call ({@link ModelFunctions})
     * @param applicationBean whether a name is any bean of the application (refused unless allowed)
     */
    ExpressionChecker(
            Predicate<String> allowedBean, Predicate<String> functionsBean, Predicate<String> applicationBean) {
        this.allowedBean = allowedBean;
        this.functionsBean = functionsBean;
        this.applicationBean = applicationBean;
    }

    /** Whether the text holds an expression at all. */
    static boolean holdsExpression(String text) {
        return text != null && EXPRESSION.matcher(text).find();
    }

    /** The findings for one text of the model, each "{@code <owner id>: <reason>}"; {@code where} names the place. */
    List<String> problems(String ownerId, String where, String text) {
        List<String> problems = new ArrayList<>();
        if (!holdsExpression(text)) {
            return problems;
        }
        Node root;
        try {
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS)
                    .build(text)
                    .getRoot();
        } catch (TreeBuilderException | IllegalArgumentException invalid) {
            problems.add(ownerId + ": " + where + " '" + shortened(text) + "' is not a valid expression");
            return problems;
        }
        visit(root, ownerId, where, text, problems);
        return problems;
    }

    /** A delegate expression must name one bean of the allow-list, nothing else. */
    List<String> delegateProblems(String ownerId, String where, String text) {
        Matcher single = Pattern.compile("\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*")
                .matcher(text);
        if (single.matches() && allowedBean.test(single.group(1))) {
            return List.of();
        }
        return List.of(ownerId + ": " + where + " '" + shortened(text)
                + "' must name one of the tracker's delegate or listener beans, e.g. ${openPlanDelegate}");
    }

    private void visit(Node node, String ownerId, String where, String text, List<String> problems) {
        String place = ownerId + ": " + where + " '" + shortened(text) + "' ";
        if (node instanceof AstMethod method) {
            Node property = method.getChild(0);
            if (property instanceof AstDot dot
                    && dot.getChild(0) instanceof AstIdentifier target
                    && functionsBean.test(target.getName())
                    && !OBJECT_METHODS.contains(propertyOf(dot))) {
                visitChildren(method.getChild(1), ownerId, where, text, problems);
            } else {
                problems.add(place + "calls a method" + nameOf(property)
                        + "; an expression may call only the methods of the tracker's model function beans ("
                        + "@ModelFunctions), never of delegates, engine objects or values");
            }
            return;
        }
        if (node instanceof AstBracket) {
            problems.add(place + "uses [...] access; read a variable by its name instead");
            return;
        }
        if (node instanceof AstDot dot) {
            String property = propertyOf(dot);
            if (dot.getChild(0) instanceof AstIdentifier target
                    && "execution".equals(target.getName())
                    && EXECUTION_PROPERTIES.contains(property)) {
                return;
            }
            problems.add(place + "reads the property '" + property + "'; an expression may read only variables and "
                    + "execution."
                    + String.join(
                            ", execution.",
                            EXECUTION_PROPERTIES.stream().sorted().toList()));
            return;
        }
        if (node instanceof AstFunction function) {
            problems.add(place + "calls the function '" + function.getName() + "'; no function is available to models");
            return;
        }
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            if (!allowedBean.test(name) && applicationBean.test(name)) {
                problems.add(place + "names the application bean '" + name
                        + "', which is not on the allow-list of beans that models may use");
            }
            return;
        }
        visitChildren(node, ownerId, where, text, problems);
    }

    private void visitChildren(Node node, String ownerId, String where, String text, List<String> problems) {
        for (int i = 0; i < node.getCardinality(); i++) {
            visit(node.getChild(i), ownerId, where, text, problems);
        }
    }

    private static String nameOf(Node property) {
        return property instanceof AstDot dot ? " '" + propertyOf(dot) + "'" : "";
    }

    private static String propertyOf(AstDot dot) {
        var field = ReflectionUtils.findField(AstDot.class, "property", String.class);
        ReflectionUtils.makeAccessible(field);
        return (String) ReflectionUtils.getField(field, dot);
    }

    private static String shortened(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 119) + "…" : flat;
    }
}
