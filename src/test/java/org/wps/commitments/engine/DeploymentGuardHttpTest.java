package org.wps.commitments.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.Http;
import org.wps.commitments.testing.Models;

/**
 * Deployment guardrails over {@code /engine-rest/deployment/create}, as Camunda Modeler deploys: a model that
 * keeps the rules deploys and runs, each broken rule is refused with 400 naming the element and the rule, and
 * only designers may deploy at all.
 */
@TrackerTest
class DeploymentGuardHttpTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String TASK = "userTask_checkGuard";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    Http http;
    String key;

    @BeforeEach
    void client() {
        http = new Http(port);
        key = "guard-check-" + System.currentTimeMillis() + "-" + RUN.incrementAndGet();
    }

    /** A model that keeps every rule; the tests break it one rule at a time. */
    private String goodModel() {
        return Models.deployable(key);
    }

    private Http.Response deploy(String model) {
        return http.deploy("designer", key + ".bpmn", model);
    }

    /** Asserts a 400 whose message and report name each element with its rule, and that nothing was deployed. */
    private void assertRefused(Http.Response response, String... findings) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode body = response.json();
        assertThat(body.path("type").asText()).isEqualTo("ParseException");
        List<String> reported = new ArrayList<>();
        body.path("details").forEach(report -> report.path("errors")
                .forEach(error -> reported.add(error.path("mainElementId").asText() + ": "
                        + error.path("message").asText())));
        for (String finding : findings) {
            assertThat(body.path("message").asText()).contains(finding);
            assertThat(reported).anyMatch(r -> r.contains(finding));
        }
        assertThat(http.get("/engine-rest/process-definition/count?key=" + key, "designer")
                        .json()
                        .path("count")
                        .asInt())
                .as("nothing of a refused deployment is deployed")
                .isZero();
    }

    @Test
    void aModelKeepingTheRulesDeploysAsANewVersionThatRuns() {
        assertThat(deploy(goodModel()).status()).isEqualTo(200);
        var second = deploy(goodModel().replace("name=\"Reminded\"", "name=\"Reminder sent\""));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        JsonNode definition =
                second.json().path("deployedProcessDefinitions").elements().next();
        assertThat(definition.path("key").asText()).isEqualTo(key);
        assertThat(definition.path("version").asInt()).isEqualTo(2);

        Date due = Date.from(Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        var instance = runtimeService.startProcessInstanceByKey(key, Map.of("due", due));
        assertThat(instance.getProcessDefinitionId())
                .isEqualTo(definition.path("id").asText());
        var task = taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(TASK);
        assertThat(task.getDueDate()).hasSameTimeAs(due);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("advisers");
        var timer = managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
        assertThat(timer.getDuedate()).hasSameTimeAs(due);
        runtimeService.deleteProcessInstance(instance.getId(), "guard test");
    }

    @Test
    void aScriptTaskIsRefused() {
        assertRefused(
                deploy(
                        goodModel()
                                .replace(
                                        "<!--elements-->",
                                        """
                                <bpmn:scriptTask id="scriptTask_runScript" name="Run script" scriptFormat="javascript">
                                  <bpmn:script>1 + 1</bpmn:script>
                                </bpmn:scriptTask>""")),
                "scriptTask_runScript: script tasks are not allowed");
    }

    @Test
    void aScriptListenerIsRefused() {
        assertRefused(
                deploy(
                        goodModel()
                                .replace(
                                        "<!--listeners-->",
                                        """
                                <bpmn:extensionElements>
                                  <camunda:taskListener event="create">
                                    <camunda:script scriptFormat="javascript">task.setName('x')</camunda:script>
                                  </camunda:taskListener>
                                </bpmn:extensionElements>""")),
                TASK + ": script listeners are not allowed");
    }

    @Test
    void aClassOutsideOurPackagesIsRefused() {
        assertRefused(
                deploy(goodModel()
                        .replace(
                                "<!--elements-->",
                                "<bpmn:serviceTask id=\"serviceTask_runElsewhere\" name=\"Run elsewhere\""
                                        + " camunda:class=\"com.evil.Run\"/>")),
                "serviceTask_runElsewhere: camunda:class com.evil.Run is outside org.wps.commitments");
    }

    @Test
    void aUserTaskWithoutCandidateGroupsIsRefused() {
        assertRefused(
                deploy(goodModel().replace(" camunda:candidateGroups=\"advisers\"", "")),
                TASK + ": a user task needs camunda:candidateGroups naming one of the roles");
    }

    @Test
    void aUserTaskWithoutFormIsRefused() {
        assertRefused(
                deploy(goodModel().replace("camunda:formRef=\"record-signing\" camunda:formRefBinding=\"latest\"", "")),
                TASK + ": a user task needs a form");
    }

    @Test
    void aUserTaskWithoutDueDateIsRefused() {
        assertRefused(
                deploy(goodModel().replace(" camunda:dueDate=\"${due}\"", "")),
                TASK + ": a user task needs camunda:dueDate");
    }

    @Test
    void aDueDateWatchedByNoTimerIsRefused() {
        assertRefused(
                deploy(goodModel()
                        .replace(
                                "<bpmn:timeDate>${due}</bpmn:timeDate>", "<bpmn:timeDate>${remindAt}</bpmn:timeDate>")),
                TASK + ": its due date ${due} is watched by no timer on the same expression");
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefused() {
        String model = goodModel()
                .replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replace("name=\"Check guard\"", "name=\"Check &secret;\"");
        assertRefused(deploy(model), key + ".bpmn: a DOCTYPE or entity declaration is not allowed");
    }

    @Test
    void everyFindingOfADeploymentIsReportedAtOnce() {
        assertRefused(
                deploy(goodModel()
                        .replace(" camunda:candidateGroups=\"advisers\"", "")
                        .replace(
                                "<!--elements-->",
                                "<bpmn:sendTask id=\"sendTask_sendElsewhere\" name=\"Send elsewhere\""
                                        + " camunda:class=\"com.evil.Send\"/>")),
                TASK + ": a user task needs camunda:candidateGroups",
                "sendTask_sendElsewhere: camunda:class com.evil.Send is outside org.wps.commitments");
    }

    @Test
    void aModelWithoutHistoryTimeToLiveGetsTheConfiguredDefault() {
        var response = deploy(goodModel().replace(" camunda:historyTimeToLive=\"P30D\"", ""));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var definition = http.get("/engine-rest/process-definition/key/" + key, "designer");
        assertThat(definition.status()).as(definition.body()).isEqualTo(200);
        assertThat(definition.json().path("historyTimeToLive").asInt()).isEqualTo(1825);
    }

    @Test
    void onlyDesignersMayDeploy() {
        var adviser = http.deploy("unmissAdviser", key + ".bpmn", goodModel());
        assertThat(adviser.status()).as(adviser.body()).isEqualTo(403);
        assertThat(http.deploy("manager", key + ".bpmn", goodModel()).status()).isEqualTo(403);
        assertThat(http.get("/engine-rest/process-definition/count?key=" + key, "designer")
                        .json()
                        .path("count")
                        .asInt())
                .isZero();
    }
}
