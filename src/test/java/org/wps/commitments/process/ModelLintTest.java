package org.wps.commitments.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wps.commitments.identity.Roles;

/**
 * The house rules for models (CONVENTIONS.md), enforced on every file in {@code processes/} and {@code forms/}
 * as designers edit them: ids, labels, diagram layout, history TTL, forms and field keys, candidate groups,
 * delegate expressions, default flows, timers from variables, no scripts. Bean names are checked against the
 * running application in {@code DeploymentTest}.
 */
class ModelLintTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern ELEMENT_ID = Pattern.compile("[a-z][a-zA-Z]*_[a-z][a-zA-Z0-9]*");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[a-zA-Z][a-zA-Z0-9]*}");
    private static final Set<String> ROLES = Set.copyOf(Roles.NAMES.keySet());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> bpmnFiles;
    private static List<Path> formFiles;
    private static Set<String> formIds;

    @BeforeAll
    static void readFiles() throws IOException {
        bpmnFiles = list(PROCESSES, ".bpmn");
        formFiles = list(FORMS, ".form");
        formIds = new HashSet<>();
        for (Path form : formFiles) {
            formIds.add(JSON.readTree(form.toFile()).path("id").asText());
        }
        assertThat(bpmnFiles).as("BPMN files in processes/").isNotEmpty();
        assertThat(formFiles).as("forms in forms/").isNotEmpty();
    }

    private static List<Path> list(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<String> problems(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> problems = new ArrayList<>();
        String fileId = file.getFileName().toString().replace(".bpmn", "");
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class)
                .forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(e -> edges.add(e.getBpmnElement().getId()));

        var processes = model.getModelElementsByType(Process.class);
        if (processes.size() != 1) {
            problems.add("has " + processes.size() + " processes; one executable process per file");
        }
        for (Process process : processes) {
            if (!process.getId().equals(fileId) || !KEBAB.matcher(fileId).matches()) {
                problems.add(
                        "process id '" + process.getId() + "' must equal the kebab-case file name '" + fileId + "'");
            }
            if (!process.isExecutable()) {
                problems.add("process '" + process.getId() + "' is not executable");
            }
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add("process '" + process.getId() + "' has no camunda:historyTimeToLive");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String id = node.getId();
            if (!ELEMENT_ID.matcher(id).matches()) {
                problems.add("'" + id + "' is not of the form <type>_<camelCaseName>");
            }
            if (!shapes.contains(id)) {
                problems.add("'" + id + "' has no diagram shape");
            }
            boolean merging = node instanceof Gateway && node.getOutgoing().size() <= 1;
            if (!merging && (node.getName() == null || node.getName().isBlank())) {
                problems.add("'" + id + "' has no label");
            }
            if (node instanceof ScriptTask) {
                problems.add("'" + id + "' is a script task; use a service task with a delegate bean");
            }
            node.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
                    .forEach(ext -> ext.getElementsQuery()
                            .filterByType(CamundaExecutionListener.class)
                            .list()
                            .forEach(l -> {
                                if (l.getCamundaScript() != null || l.getCamundaClass() != null) {
                                    problems.add("'" + id + "' has a script or class listener; use delegateExpression");
                                }
                            }));
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!ELEMENT_ID.matcher(flow.getId()).matches() || !flow.getId().startsWith("flow_")) {
                problems.add("sequence flow '" + flow.getId() + "' must be named flow_<camelCaseName>");
            }
            if (!edges.contains(flow.getId())) {
                problems.add("sequence flow '" + flow.getId() + "' has no diagram edge");
            }
        }
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() < 2) {
                continue;
            }
            SequenceFlow defaultFlow = gateway.getDefault();
            if (defaultFlow == null) {
                problems.add("diverging gateway '" + gateway.getId() + "' has no default flow");
            }
            for (SequenceFlow out : gateway.getOutgoing()) {
                if (out != defaultFlow && out.getConditionExpression() == null) {
                    problems.add("flow '" + out.getId() + "' leaves '" + gateway.getId() + "' without a condition");
                }
                if (out.getName() == null || out.getName().isBlank()) {
                    problems.add(
                            "flow '" + out.getId() + "' leaves '" + gateway.getId() + "' without its answer as label");
                }
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String id = task.getId();
            String groups = task.getCamundaCandidateGroups();
            if (groups == null || groups.isBlank()) {
                problems.add("user task '" + id + "' has no camunda:candidateGroups");
            } else if (!groups.strip().equals("${escalationGroup}")) {
                // the one routed group: the escalation ladder asks the group escalation-routing.dmn chooses, and
                // EscalationRoutingDecisionTest checks that the decision only answers known roles
                for (String group : groups.split(",")) {
                    if (!ROLES.contains(group.strip())) {
                        problems.add("user task '" + id + "' names unknown group '" + group.strip() + "'");
                    }
                }
            }
            if (task.getCamundaAssignee() != null) {
                problems.add("user task '" + id + "' has a literal assignee; use candidate groups");
            }
            if (task.getCamundaDueDate() == null
                    || !EXPRESSION.matcher(task.getCamundaDueDate()).matches()) {
                problems.add("user task '" + id + "' needs camunda:dueDate=\"${variable}\"");
            }
            if (task.getCamundaFormRef() == null || !formIds.contains(task.getCamundaFormRef())) {
                problems.add("user task '" + id + "' has no camunda:formRef naming a form in forms/");
            }
            if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                problems.add("user task '" + id + "' must bind its form with camunda:formRefBinding=\"deployment\"");
            }
            if (task.getDocumentations().stream()
                    .map(Documentation::getTextContent)
                    .allMatch(String::isBlank)) {
                problems.add("user task '" + id + "' has no documentation of what the person decides");
            }
            var listeners = task.getExtensionElements() == null
                    ? List.<CamundaTaskListener>of()
                    : task.getExtensionElements()
                            .getElementsQuery()
                            .filterByType(CamundaTaskListener.class)
                            .list();
            for (CamundaTaskListener listener : listeners) {
                if (listener.getCamundaDelegateExpression() == null
                        || !EXPRESSION
                                .matcher(listener.getCamundaDelegateExpression())
                                .matches()) {
                    problems.add("user task '" + id + "' has a task listener without delegateExpression=\"${bean}\"");
                }
            }
            // the due date is watched by a timer on the same variable: a boundary timer on the task, or a timer of
            // the process's own deadline watch (activity-follow-up watches the deadline beside the reports)
            boolean timerOnDueDate = model.getModelElementsByType(TimerEventDefinition.class).stream()
                    .filter(d ->
                            d.getParentElement() instanceof BoundaryEvent boundary && boundary.getAttachedTo() == task
                                    || !(d.getParentElement() instanceof BoundaryEvent))
                    .map(TimerEventDefinition::getTimeDate)
                    .anyMatch(date ->
                            date != null && date.getTextContent().strip().equals(task.getCamundaDueDate()));
            if (!timerOnDueDate) {
                problems.add("user task '" + id + "' has no timer on its due date " + task.getCamundaDueDate());
            }
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null && !formIds.contains(start.getCamundaFormRef())) {
                problems.add("start event '" + start.getId() + "' names unknown form " + start.getCamundaFormRef());
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (task.getCamundaDelegateExpression() == null
                    || !EXPRESSION.matcher(task.getCamundaDelegateExpression()).matches()) {
                problems.add("service task '" + task.getId() + "' needs camunda:delegateExpression=\"${bean}\"");
            }
            if (task.getCamundaClass() != null || task.getCamundaExpression() != null) {
                problems.add("service task '" + task.getId() + "' uses camunda:class or an expression");
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            var value = timer.getTimeDate() != null
                    ? timer.getTimeDate()
                    : timer.getTimeDuration() != null ? timer.getTimeDuration() : timer.getTimeCycle();
            String owner = ((BaseElement) timer.getParentElement()).getId();
            if (value == null
                    || !EXPRESSION.matcher(value.getTextContent().strip()).matches()) {
                problems.add("timer '" + owner + "' must read its date or duration from a variable, not a literal");
            }
        }
        return problems;
    }

    @Test
    void everyProcessFollowsTheHouseRules() {
        for (Path file : bpmnFiles) {
            assertThat(problems(file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void everyFormIsNamedAfterItsIdAndHasKeyedRequiredFields() throws IOException {
        for (Path file : formFiles) {
            JsonNode form = JSON.readTree(file.toFile());
            String id = file.getFileName().toString().replace(".form", "");
            assertThat(form.path("id").asText()).as(file + " id").isEqualTo(id);
            assertThat(KEBAB.matcher(id).matches()).as(file + " kebab-case").isTrue();
            assertThat(form.path("executionPlatform").asText())
                    .as(file + " platform")
                    .isEqualTo("Camunda Platform");
            Set<String> keys = new HashSet<>();
            for (JsonNode component : form.path("components")) {
                String type = component.path("type").asText();
                if (Set.of("text", "spacer", "separator", "group").contains(type)) {
                    continue;
                }
                // a dynamic list submits its rows under its path; its row fields are checked like top-level ones
                String key = component
                        .path("dynamiclist".equals(type) ? "path" : "key")
                        .asText("");
                assertThat(key).as(file + ": a " + type + " field without key").isNotBlank();
                assertThat(keys.add(key)).as(file + ": duplicate key " + key).isTrue();
                String label = component
                        .path("label")
                        .asText(component.path("dateLabel").asText(""));
                assertThat(label).as(file + ": " + key + " has no label").isNotBlank();
                if (Set.of("select", "radio", "checklist").contains(type)) {
                    assertThat(component.path("values"))
                            .as(file + ": " + key + " has no static values")
                            .isNotEmpty();
                }
            }
            assertThat(keys).as(file + " has input fields").isNotEmpty();
        }
    }

    @Test
    void everyFormIsUsedByAProcess() {
        Set<String> used = new HashSet<>();
        for (Path file : bpmnFiles) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            model.getModelElementsByType(UserTask.class).forEach(t -> used.add(t.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).forEach(s -> used.add(s.getCamundaFormRef()));
        }
        assertThat(used).containsAll(formIds);
    }

    @Test
    void lintFindsBrokenModels() throws IOException {
        // the rules must be able to fail: break a copy of a real model and expect the findings
        Path original = bpmnFiles.get(0);
        String xml = Files.readString(original)
                .replaceFirst("camunda:historyTimeToLive=\"[^\"]*\"", "")
                .replaceFirst("camunda:candidateGroups=\"[^\"]*\"", "camunda:candidateGroups=\"everybody\"")
                .replaceFirst("camunda:dueDate=\"\\$\\{[a-zA-Z]+}\"", "camunda:dueDate=\"2030-01-01\"");
        Path broken = Files.createTempDirectory("lint").resolve(original.getFileName());
        Files.writeString(broken, xml);
        assertThat(problems(broken))
                .anyMatch(p -> p.contains("historyTimeToLive"))
                .anyMatch(p -> p.contains("unknown group 'everybody'"))
                .anyMatch(p -> p.contains("camunda:dueDate"));
    }
}
