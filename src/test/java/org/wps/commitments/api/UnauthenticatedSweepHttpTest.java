package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.Http;

/**
 * Hardening (issue 7): every mapped endpoint (our controllers, the engine REST API, the webapps' APIs) called
 * without credentials answers 401/403 (or sends a browser to the sign-in page) and gives away no data; plus the
 * session cookie flags, error pages without internals, no H2 console, and the engine's hardening settings.
 */
@TrackerTest
class UnauthenticatedSweepHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    /** The only fields an anonymous error answer may carry (problem details, Spring's error JSON). */
    private static final Set<String> ERROR_FIELDS =
            Set.of("type", "title", "status", "detail", "instance", "timestamp", "error", "path", "message");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    PathMappedEndpoints actuatorEndpoints;

    @Autowired
    ProcessEngine processEngine;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String reference;
    private String title;
    private String processInstanceId;

    @BeforeEach
    void aCommitmentExists() {
        title = "Sweep marker " + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var opened = new Http(port)
                .postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        """
                        {"mission":"UNMISS","partyCode":"SSPDF","type":"JOINT_COMMUNIQUE","title":"%s","targetSigningDate":"2027-03-01"}
                        """
                                .formatted(title));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        reference = opened.json().path("reference").asText();
        processInstanceId = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult()
                .getId();
    }

    record Call(String method, String path) {}

    @Test
    void everyMappedEndpoint_withoutCredentials_answersNoData() throws Exception {
        List<Call> calls = new ArrayList<>();
        calls.addAll(ourControllers());
        calls.addAll(engineRest());
        calls.addAll(webappApis());
        calls.addAll(actuator());
        assertThat(ourControllers())
                .as("the sweep found our controllers")
                .contains(new Call("GET", "/api/commitments/" + reference), new Call("GET", "/dashboard"));

        List<String> failures = new ArrayList<>();
        for (Call call : calls) {
            for (String accept : List.of("application/json", "text/html")) {
                HttpResponse<String> response = send(call, accept);
                String problem = leak(call, response);
                if (problem != null) {
                    failures.add(call.method() + " " + call.path() + " (" + accept + "): " + problem);
                }
            }
        }
        assertThat(failures).as("endpoints answering anonymous callers").isEmpty();
    }

    @Test
    void onlyHealthAndSignInAreAnonymous_andHealthShowsNoDetails() throws Exception {
        var health = send(new Call("GET", "/actuator/health"), "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).as(health.body()).isFalse();
        assertThat(body.has("details")).as(health.body()).isFalse();
        assertThat(send(new Call("GET", "/actuator/health/db"), "application/json")
                        .statusCode())
                .as("no component health anonymously")
                .isIn(401, 403, 404);
        assertThat(send(new Call("GET", "/login"), "text/html").statusCode()).isEqualTo(200);
        // the webapps' demo banner asks anonymously whether this server holds demo data: that and its sentence only
        JsonNode demo = JSON.readTree(
                send(new Call("GET", "/demo-status"), "application/json").body());
        assertThat(demo.properties().stream().map(java.util.Map.Entry::getKey)).containsOnly("demo", "banner");
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            var response = send(new Call("GET", probe), "application/json");
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            Set<String> fields = new TreeSet<>();
            JSON.readTree(response.body()).fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(probe).containsExactly("status");
        }
        Set<String> healthFields = new TreeSet<>();
        body.fieldNames().forEachRemaining(healthFields::add);
        assertThat(healthFields)
                .as("the status, and the names of the probe groups")
                .isSubsetOf("status", "groups");
        for (String other : List.of(
                "/actuator",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/metrics",
                "/actuator/prometheus",
                "/actuator/health/jobBacklog",
                "/actuator/health/processEngine")) {
            assertThat(send(new Call("GET", other), "application/json").statusCode())
                    .as(other)
                    .isIn(401, 403, 404);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        var login = send(new Call("GET", "/login"), "text/html");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void errorsCarryNoStackTraceNorExceptionDetails() throws Exception {
        List<HttpResponse<String>> errors = List.of(
                sendAs(new Call("GET", "/api/no-such-thing"), "application/json", "admin"),
                sendAs(new Call("GET", "/dashboard/no-such-page"), "text/html", "admin"),
                sendAs(new Call("DELETE", "/api/missions"), "application/json", "admin"),
                sendAs(new Call("GET", "/annual-reports/UNMISS/not-a-year"), "text/html", "admin"),
                sendAs(new Call("GET", "/api/annual-report-inputs/UNMISS/not-a-year"), "application/json", "admin"));
        assertThat(errors).extracting(HttpResponse::statusCode).containsExactly(404, 404, 405, 400, 400);
        for (var error : errors) {
            assertThat(error.body())
                    .as(error.uri() + " " + error.body())
                    .doesNotContain("\tat ", "at org.", "at java.", "\"trace\"", "\"exception\"")
                    .doesNotContain("Exception", "java.lang", "org.springframework");
        }
    }

    @Test
    void theH2ConsoleIsNotServed() throws Exception {
        for (String path : List.of("/h2-console", "/h2-console/", "/h2-console/login.jsp")) {
            var response = sendAs(new Call("GET", path), "text/html", "admin");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("h2 console");
        }
    }

    @Test
    void theEngineIsHardened() throws Exception {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isEnablePasswordPolicy()).isTrue();
        // our code reads engine lists page by page (process.EngineQueries); see QueryLimitHttpTest
        assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
        assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
        // Camunda's per-user lock is off: anyone could keep a user locked out with wrong passwords; wrong passwords
        // are throttled per client address and per (user, address) instead (identity.LoginThrottle)
        assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(configuration.getLoginDelayBase()).isZero();
        assertThat(configuration.getLoginDelayMaxTime()).isZero();
    }

    /** What is wrong with an anonymous answer, or null when it gives nothing away. */
    private String leak(Call call, HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        boolean refused = status == 401
                || status == 403
                || (status == 302 && location.endsWith("/login"))
                // the webapps' login entry points: a browser is sent to the application's sign-in
                || (status == 302 && location.contains("/camunda/app/"));
        if (!refused) {
            return "status " + status + " " + location + " " + abbreviate(response.body());
        }
        // an error answer may echo the requested path (with a real reference in it); anything else is data
        String body =
                response.body().replace(call.path(), "").replace(call.path().split("\\?")[0], "");
        if (body.contains(reference)
                || body.contains(title)
                || body.contains(processInstanceId)
                || body.contains("unmissAdviser")
                || body.contains("SSPDF")) {
            return "data in body: " + abbreviate(response.body());
        }
        String trimmed = body.strip();
        if (trimmed.startsWith("[")) {
            return "a JSON array: " + abbreviate(response.body());
        }
        if (trimmed.startsWith("{")) {
            try {
                Set<String> fields = new TreeSet<>();
                JSON.readTree(response.body()).fieldNames().forEachRemaining(fields::add);
                fields.removeAll(ERROR_FIELDS);
                if (!fields.isEmpty()) {
                    return "JSON with fields " + fields + ": " + abbreviate(response.body());
                }
            } catch (Exception e) {
                return "unreadable JSON: " + abbreviate(response.body());
            }
        }
        return null;
    }

    /**
     * Every actuator endpoint served over HTTP, and its discovery page; health is the anonymous one, checked in
     * {@link #onlyHealthAndSignInAreAnonymous_andHealthShowsNoDetails}.
     */
    private List<Call> actuator() {
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("GET", "/actuator"));
        for (String path : actuatorEndpoints.getAllPaths()) {
            if (!path.equals("/actuator/health")) {
                calls.add(new Call("GET", path));
                calls.add(new Call("POST", path));
            }
        }
        assertThat(calls).as("the sweep found the metrics").contains(new Call("GET", "/actuator/prometheus"));
        return calls;
    }

    private List<Call> ourControllers() {
        Set<Call> calls = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.equals("/error") || pattern.equals("/login") || pattern.equals("/demo-status")) {
                    continue; // the anonymous ones, checked separately (/demo-status in BrowsersAndStrangersHttpTest)
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    calls.add(new Call(method.name(), substitute(pattern)));
                }
            }
        });
        return new ArrayList<>(calls);
    }

    private String substitute(String pattern) {
        Matcher matcher = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value =
                    switch (matcher.group(1)) {
                        case "reference" -> reference;
                        case "mission" -> "UNMISS";
                        case "year" -> "2026";
                        default -> "1";
                    };
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private List<Call> engineRest() {
        List<Call> calls = new ArrayList<>();
        for (String resource : List.of(
                "/process-definition",
                "/process-definition/key/commitment-lifecycle",
                "/process-definition/key/commitment-lifecycle/xml",
                "/process-definition/statistics",
                "/task",
                "/task/count",
                "/process-instance",
                "/process-instance/" + processInstanceId,
                "/process-instance/" + processInstanceId + "/variables",
                "/history/process-instance",
                "/history/process-instance?processInstanceBusinessKey=" + reference,
                "/history/task",
                "/history/activity-instance",
                "/history/variable-instance",
                "/history/detail",
                "/history/user-operation",
                "/history/decision-instance",
                "/deployment",
                "/user",
                "/user/unmissAdviser/profile",
                "/group",
                "/tenant",
                "/authorization",
                "/filter",
                "/decision-definition",
                "/decision-requirements-definition",
                "/job",
                "/job-definition",
                "/incident",
                "/variable-instance",
                "/execution",
                "/external-task",
                "/event-subscription",
                "/batch",
                "/metrics/activity-instance/sum",
                "/identity/groups?userId=unmissAdviser",
                "/signal")) {
            calls.add(new Call("GET", "/engine-rest" + resource));
        }
        for (String resource : List.of(
                "/message",
                "/deployment/create",
                "/process-definition/key/commitment-lifecycle/start",
                "/process-instance",
                "/task",
                "/user/create",
                "/authorization/create",
                "/identity/verify",
                "/decision-definition/key/escalation-routing/evaluate",
                "/signal")) {
            calls.add(new Call("POST", "/engine-rest" + resource));
        }
        calls.add(new Call("PUT", "/engine-rest/user/unmissAdviser/credentials"));
        calls.add(new Call("PUT", "/engine-rest/process-instance/" + processInstanceId + "/variables/x"));
        calls.add(new Call("DELETE", "/engine-rest/process-instance/" + processInstanceId));
        return calls;
    }

    private List<Call> webappApis() {
        List<Call> calls = new ArrayList<>();
        String engine = "/camunda/api/engine/engine/default";
        for (String resource : List.of(
                "/task",
                "/task/count",
                "/process-instance",
                "/process-instance/" + processInstanceId + "/variables",
                "/process-definition",
                "/history/process-instance",
                "/deployment",
                "/user",
                "/group",
                "/authorization",
                "/filter",
                "/variable-instance")) {
            calls.add(new Call("GET", engine + resource));
        }
        calls.add(new Call("POST", engine + "/task"));
        calls.add(new Call("POST", engine + "/process-instance"));
        calls.add(new Call("POST", engine + "/filter/create"));
        for (String path : List.of(
                "/camunda/api/cockpit/plugin/base/default/process-instance/count",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
                "/camunda/api/cockpit/plugin/base/default/incident",
                "/camunda/api/cockpit/plugin/base/default/process-definition/commitment-lifecycle/called-process-definitions",
                "/camunda/api/tasklist/plugin/tasklist-plugin/default/tasks",
                "/camunda/api/admin/plugin/adminPlugins/default/audit",
                "/camunda/api/admin/plugin/base/default/authorizations",
                "/camunda/api/admin/auth/user/default/profile")) {
            calls.add(new Call("GET", path));
        }
        calls.add(new Call("POST", "/camunda/api/cockpit/plugin/base/default/process-instance"));
        calls.add(new Call("POST", "/camunda/api/admin/setup/default/user/create"));
        return calls;
    }

    private HttpResponse<String> send(Call call, String accept) throws Exception {
        return sendAs(call, accept, null);
    }

    private HttpResponse<String> sendAs(Call call, String accept, String user) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                .header("Accept", accept);
        if (user != null) {
            builder.header("Authorization", Http.basic(user));
        }
        var body = call.method().equals("GET") || call.method().equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        if (!call.method().equals("GET") && !call.method().equals("DELETE")) {
            builder.header("Content-Type", "application/json");
        }
        return client.send(builder.method(call.method(), body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
