package org.wps.commitments.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.CommitmentLifecycle;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.mission.MissionRepository;
import org.wps.commitments.party.PartyRepository;

/** The files in processes/ and forms/ are what the running application deploys, and every form resolves. */
@TrackerTest
class DeploymentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    FormService formService;

    @Autowired
    ApplicationContext context;

    @Autowired
    CommitmentLifecycle lifecycle;

    @Autowired
    MissionRepository missions;

    @Autowired
    PartyRepository parties;

    private Deployment applicationDeployment() {
        return repositoryService
                .createDeploymentQuery()
                .deploymentName("commitment-tracker")
                .orderByDeploymentTime()
                .desc()
                .list()
                .get(0);
    }

    private static Set<String> filesIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return new HashSet<>(files.map(f -> folder + "/" + f.getFileName()).toList());
        }
    }

    @Test
    void everyFileInProcessesAndFormsIsDeployed() throws IOException {
        Set<String> deployed = new HashSet<>(
                repositoryService.getDeploymentResources(applicationDeployment().getId()).stream()
                        .map(Resource::getName)
                        .toList());
        assertThat(deployed).containsAll(filesIn("processes")).containsAll(filesIn("forms"));
        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(CommitmentLifecycleProcess.KEY)
                        .latestVersion()
                        .singleResult()
                        .getTenantId())
                .as("definitions are shared by all missions")
                .isNull();
    }

    @Test
    void everyDelegateExpressionNamesABean() {
        for (ProcessDefinition definition : repositoryService
                .createProcessDefinitionQuery()
                .deploymentId(applicationDeployment().getId())
                .list()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            List<String> expressions = new ArrayList<>();
            model.getModelElementsByType(ServiceTask.class)
                    .forEach(t -> expressions.add(t.getCamundaDelegateExpression()));
            model.getModelElementsByType(CamundaTaskListener.class)
                    .forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
            assertThat(expressions).isNotEmpty();
            for (String expression : expressions) {
                String bean = expression.substring(2, expression.length() - 1);
                assertThat(context.containsBean(bean))
                        .as(definition.getKey() + ": bean " + bean)
                        .isTrue();
            }
        }
    }

    @Test
    void startFormAndEveryTaskFormResolveInTheEngine() throws IOException {
        ProcessDefinition definition = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(CommitmentLifecycleProcess.KEY)
                .latestVersion()
                .singleResult();
        try (InputStream startForm = formService.getDeployedStartForm(definition.getId())) {
            assertThat(JSON.readTree(startForm).path("id").asText()).isEqualTo("open-commitment");
        }

        String pi = lifecycle
                .open(new NewCommitment(
                        "UNMISS",
                        "GOV-SSD",
                        CommitmentType.ACTION_PLAN,
                        "Form resolution check",
                        java.time.LocalDate.now().plusMonths(3),
                        Sensitivity.CONFIDENTIAL,
                        null))
                .getProcessInstanceId();
        Date due = new Date(System.currentTimeMillis() + 86_400_000L);
        runtimeService.setVariable(pi, "signatureEscalationDate", due);
        // what signing, a reported concern and an opened final assessment set before their tasks exist
        runtimeService.setVariable(pi, "reviewCycle", "R/P3M");
        runtimeService.setVariable(pi, "reassessAfter", "P1Y");
        for (String dueDate : List.of("concernAssessmentDue", "concernActionDue", "finalAssessmentDue")) {
            runtimeService.setVariable(pi, dueDate, due);
        }
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
            if (!userTask.getId().equals(Elements.RECORD_ENGAGEMENT)) {
                // the describing listeners need the domain records a real run creates; only forms are checked
                runtimeService
                        .createProcessInstanceModification(pi)
                        .startBeforeActivity(userTask.getId())
                        .execute(true, false);
            }
            Task task = taskService
                    .createTaskQuery()
                    .processInstanceId(pi)
                    .taskDefinitionKey(userTask.getId())
                    .singleResult();
            assertThat(task).as(userTask.getId()).isNotNull();
            try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
                JsonNode json = JSON.readTree(form);
                assertThat(json.path("id").asText())
                        .as(task.getTaskDefinitionKey())
                        .isEqualTo(userTask.getCamundaFormRef());
            }
        }
        runtimeService.deleteProcessInstance(pi, "form resolution check");
    }

    @Test
    void startFormOffersExactlyTheMissionsAndPartiesOfTheDomain() throws IOException {
        JsonNode form = JSON.readTree(Path.of("forms/open-commitment.form").toFile());
        assertThat(optionValues(form, "missionCode"))
                .containsExactlyInAnyOrderElementsOf(
                        missions.findAll().stream().map(m -> m.getCode()).toList());
        assertThat(optionValues(form, "partyCode"))
                .containsExactlyInAnyOrderElementsOf(
                        parties.findAll().stream().map(p -> p.getCode()).toList());
        assertThat(optionValues(form, "commitmentType"))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(CommitmentType.values()).map(Enum::name).toList());
    }

    @Test
    void reportConcernFormOffersTheMissionsOfTheDomain() throws IOException {
        JsonNode form =
                JSON.readTree(Path.of("forms/report-compliance-concern.form").toFile());
        assertThat(optionValues(form, "missionCode"))
                .containsExactlyInAnyOrderElementsOf(
                        missions.findAll().stream().map(m -> m.getCode()).toList());
    }

    private static List<String> optionValues(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                List<String> values = new ArrayList<>();
                component.path("values").forEach(v -> values.add(v.path("value").asText()));
                return values;
            }
        }
        throw new AssertionError("no field " + key);
    }
}
