package org.wps.commitments.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Roles;

/**
 * Deployment guardrails: every new deployment, whether the application's own at start or a designer's from
 * Camunda Modeler over {@code /engine-rest}, is checked before the engine parses it. A deployment that breaks a
 * rule is refused as a whole, once, with every finding as "{@code <element id>: <reason>}", which engine REST
 * answers with HTTP 400. The rules are the part of the house rules ({@code ModelLintTest}) that protects the
 * running server and the people working in it: no scripts, no classes outside our code, user tasks that reach a
 * role with a form and a watched due date, no DOCTYPE or entity declarations. A model without
 * {@code camunda:historyTimeToLive} is not refused: the engine's configured default applies.
 */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    /** The resources a deployment may hold: models, decisions and Camunda Forms; no HTML, scripts or case models. */
    private static final List<String> DEPLOYABLE = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");

    private static final String CAMUNDA_FORMS = "camunda-forms:";
    private static final Set<String> DMN_LANGUAGES = Set.of(
            "feel",
            "juel",
            "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/dmn/20191111/feel/",
            "https://www.omg.org/spec/dmn/20230324/feel/");
    private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\b(external|function)\\b");

    private final ExpressionBeans beans;

    DeploymentGuardPlugin(ExpressionBeans beans) {
        this.beans = beans;
    }

    private ExpressionChecker checker() {
        Set<String> functions = beans.functionNames();
        return new ExpressionChecker(
                name -> beans.names().contains(name), functions::contains, beans::isApplicationBean);
    }

    static final String OUR_PACKAGE = "org.wps.commitments.";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern DOCTYPE_OR_ENTITY =
            Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ROLES = new TreeSet<>(Roles.NAMES.keySet());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new GuardDeployer(this::checker));
    }

    /** Runs before the engine's own deployers, on the raw resources of a deployment. */
    static final class GuardDeployer implements Deployer {

        private final java.util.function.Supplier<ExpressionChecker> checker;

        GuardDeployer(java.util.function.Supplier<ExpressionChecker> checker) {
            this.checker = checker;
        }

        @Override
        public void deploy(DeploymentEntity deployment) {
            // the cache re-deploys stored deployments when it loads them; only new ones are judged
            if (!deployment.isNew() || deployment.getResources() == null) {
                return;
            }
            Map<String, List<Problem>> findings = new LinkedHashMap<>();
            for (ResourceEntity resource : deployment.getResources().values()) {
                List<String> problems = problems(resource.getName(), resource.getBytes(), checker.get());
                if (!problems.isEmpty()) {
                    findings.put(
                            resource.getName(),
                            problems.stream().map(GuardProblem::of).collect(Collectors.toList()));
                }
            }
            if (!findings.isEmpty()) {
                throw new GuardException(findings);
            }
        }
    }

    /** The findings for one resource, each as "{@code <element id>: <reason>}"; empty when it may be deployed. */
    static List<String> problems(String resourceName, byte[] bytes, ExpressionChecker checker) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        if (DEPLOYABLE.stream().noneMatch(name::endsWith)) {
            return List.of(resourceName
                    + ": only BPMN models (.bpmn), DMN decisions (.dmn) and Camunda Forms (.form) may be deployed;"
                    + " HTML, scripts and other files would be served to every Tasklist user or run on the server");
        }
        if (bytes == null || name.endsWith(".form")) {
            return List.of();
        }
        // read byte by byte and drop NULs so that a UTF-16 file cannot hide its declaration
        String raw = new String(bytes, StandardCharsets.ISO_8859_1).replace("\0", "");
        if (DOCTYPE_OR_ENTITY.matcher(raw).find()) {
            return List.of(resourceName
                    + ": a DOCTYPE or entity declaration is not allowed, because it can make the server read files"
                    + " or URLs; remove it (Camunda Modeler never writes one)");
        }
        if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            return dmnProblems(bytes, checker);
        }
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
        } catch (ModelException invalid) {
            // not valid BPMN: the engine's parser refuses it right after us, with the line and column
            return List.of();
        }
        List<String> problems = bpmnProblems(model);
        org.w3c.dom.Document document = parse(bytes);
        if (document != null) {
            walk(document.getDocumentElement(), "definitions", checker, problems);
        }
        return problems;
    }

    /**
     * Every expression anywhere in a BPMN file: attributes (listeners, delegate expressions, candidate groups and
     * users, due dates, called elements, ...) and texts (conditions, timers, input/output mappings, field injection,
     * loop cardinality, ...). A delegate expression must name one allowed bean; a form key must be a Camunda Form.
     */
    private static void walk(
            org.w3c.dom.Element element, String ownerId, ExpressionChecker checker, List<String> problems) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = attributes.item(i);
            String local = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            String value = attribute.getNodeValue();
            String where = element.getLocalName() + " " + local;
            if ("delegateExpression".equals(local)) {
                problems.addAll(checker.delegateProblems(id, where, value));
            } else if ("formKey".equals(local) && !value.strip().startsWith(CAMUNDA_FORMS)) {
                problems.add(id + ": camunda:formKey '" + value.strip() + "' is not a Camunda Form; only Camunda"
                        + " Forms are accepted (camunda:formRef, or a formKey starting with camunda-forms:), since"
                        + " an HTML form runs its scripts in every Tasklist user's session");
            } else if ("expressionLanguage".equals(local)
                    || "scriptFormat".equals(local)
                    || "typeLanguage".equals(local) && !"http://www.w3.org/2001/XMLSchema".equals(value)) {
                problems.add(id + ": " + where + " '" + value + "' is not allowed; models use the engine's default"
                        + " expression language only");
            } else {
                problems.addAll(checker.problems(id, where, value));
            }
        }
        var children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            var child = children.item(i);
            if (child instanceof org.w3c.dom.Element nested) {
                walk(nested, id, checker, problems);
            } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
                    || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                problems.addAll(checker.problems(id, element.getLocalName(), child.getNodeValue()));
            }
        }
    }

    /**
     * A decision: its expression languages only FEEL (the default) or JUEL; FEEL without functions of its own
     * (an external function calls any Java method); JUEL judged as in BPMN.
     */
    private static List<String> dmnProblems(byte[] bytes, ExpressionChecker checker) {
        org.w3c.dom.Document document = parse(bytes);
        if (document == null) {
            // not valid XML: the engine's DMN parser refuses it right after us
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        dmnWalk(document.getDocumentElement(), "definitions", null, checker, problems);
        return problems;
    }

    /** The file as a namespace-aware DOM, read without DOCTYPEs or entities; null when it is not XML. */
    private static org.w3c.dom.Document parse(byte[] bytes) {
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception invalid) {
            return null;
        }
    }

    private static void dmnWalk(
            org.w3c.dom.Element element,
            String ownerId,
            String language,
            ExpressionChecker checker,
            List<String> problems) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
        String own = element.hasAttribute("expressionLanguage") ? element.getAttribute("expressionLanguage") : null;
        if (own != null && !DMN_LANGUAGES.contains(own.strip().toLowerCase(Locale.ROOT))) {
            problems.add(id + ": the expression language '" + own + "' is not allowed; decisions use FEEL (or JUEL)");
        }
        String effective = own != null ? own.strip().toLowerCase(Locale.ROOT) : language;
        var children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            var child = children.item(i);
            if (child instanceof org.w3c.dom.Element nested) {
                dmnWalk(nested, id, effective, checker, problems);
            } else if ("text".equals(element.getLocalName()) && child.getNodeValue() != null) {
                String text = child.getNodeValue();
                if ("juel".equals(effective) || ExpressionChecker.holdsExpression(text)) {
                    problems.addAll(checker.problems(id, "expression", text));
                } else if (FEEL_EXTERNAL.matcher(text).find()) {
                    problems.add(id + ": FEEL functions ('function', 'external') are not allowed in decisions; an"
                            + " external function calls Java code on the server");
                }
            }
        }
    }

    private static List<String> bpmnProblems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
            problems.add(task.getId()
                    + ": script tasks are not allowed; use a service task with a delegate bean"
                    + " (camunda:delegateExpression)");
        }
        for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
            ModelElementInstance parent = script.getParentElement();
            if (parent instanceof CamundaExecutionListener || parent instanceof CamundaTaskListener) {
                problems.add(ownerId(script)
                        + ": script listeners are not allowed; use a listener bean with camunda:delegateExpression");
            } else {
                problems.add(ownerId(script)
                        + ": scripts (camunda:script) are not allowed; compute values in a delegate bean");
            }
        }
        for (Expression expression : model.getModelElementsByType(Expression.class)) {
            if (expression.getDomElement().getAttribute("language") != null) {
                problems.add(ownerId(expression)
                        + ": script conditions are not allowed; write the condition as an expression that reads"
                        + " variables, e.g. ${approved}");
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            classOutsideOurCode(ownerId(element), element.getAttributeValueNs(CAMUNDA_NS, "class"), problems);
            classOutsideOurCode(
                    ownerId(element), element.getAttributeValueNs(CAMUNDA_NS, "variableMappingClass"), problems);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            classOutsideOurCode(ownerId(listener), listener.getCamundaClass(), problems);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            classOutsideOurCode(ownerId(listener), listener.getCamundaClass(), problems);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            userTaskProblems(model, task, problems);
        }
        return problems;
    }

    private static void userTaskProblems(BpmnModelInstance model, UserTask task, List<String> problems) {
        String id = task.getId();
        String groups = task.getCamundaCandidateGroups();
        String roles = String.join(", ", ROLES);
        if (groups == null || groups.isBlank()) {
            problems.add(id + ": a user task needs camunda:candidateGroups naming one of the roles (" + roles + ")");
        } else if (!groups.contains("${") && !groups.contains("#{")) {
            for (String group : groups.split(",")) {
                if (!ROLES.contains(group.strip())) {
                    problems.add(id + ": camunda:candidateGroups names '" + group.strip()
                            + "', which is not one of the roles (" + roles + ")");
                }
            }
        }
        if (isBlank(task.getCamundaFormRef()) && isBlank(task.getCamundaFormKey())) {
            problems.add(id + ": a user task needs a form; set camunda:formRef to the id of a Camunda Form");
        }
        String dueDate = task.getCamundaDueDate();
        if (isBlank(dueDate)) {
            problems.add(id + ": a user task needs camunda:dueDate read from a process variable, e.g. ${dueDate}");
            return;
        }
        // the same rule as ModelLintTest: a boundary timer on the task, or a timer of the process's own deadline
        // watch, on the very expression of the due date, so that the two cannot drift apart
        boolean watched = model.getModelElementsByType(TimerEventDefinition.class).stream()
                .filter(timer -> !(timer.getParentElement() instanceof BoundaryEvent boundary)
                        || boundary.getAttachedTo() == task)
                .map(TimerEventDefinition::getTimeDate)
                .anyMatch(date -> date != null && date.getTextContent().strip().equals(dueDate.strip()));
        if (!watched) {
            problems.add(id + ": its due date " + dueDate.strip()
                    + " is watched by no timer on the same expression; add a boundary timer with that time date");
        }
    }

    private static void classOutsideOurCode(String ownerId, String className, List<String> problems) {
        if (className != null && !className.strip().startsWith(OUR_PACKAGE)) {
            problems.add(ownerId + ": camunda:class " + className.strip() + " is outside "
                    + OUR_PACKAGE.substring(0, OUR_PACKAGE.length() - 1)
                    + "; use camunda:delegateExpression with one of our beans");
        }
    }

    /** The id of the nearest BPMN element holding {@code element} (a listener or script has none of its own). */
    private static String ownerId(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof BaseElement base && base.getId() != null) {
                return base.getId();
            }
        }
        return "definitions";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** One finding; engine REST lists it under {@code details} with the element id. */
    private record GuardProblem(String message, String mainElementId) implements Problem {

        static GuardProblem of(String finding) {
            return new GuardProblem(finding, finding.substring(0, finding.indexOf(':')));
        }

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return mainElementId;
        }

        @Override
        public List<String> getElementIds() {
            return List.of(mainElementId);
        }
    }

    /**
     * A {@link ParseException}, which engine REST answers with 400 and a report per resource, refusing the whole
     * deployment with every finding in its message.
     */
    static final class GuardException extends ParseException {

        private static final long serialVersionUID = 1L;

        GuardException(Map<String, List<Problem>> findings) {
            super(message(findings), findings.keySet().iterator().next(), List.of(), List.of());
            resorceReports.clear();
            findings.forEach(
                    (resource, problems) -> resorceReports.add(new ResourceReportImpl(resource, problems, List.of())));
        }

        private static String message(Map<String, List<Problem>> findings) {
            return "The deployment breaks the deployment guardrails:\n"
                    + findings.values().stream()
                            .flatMap(List::stream)
                            .map(Problem::getMessage)
                            .collect(Collectors.joining("\n"));
        }
    }
}
