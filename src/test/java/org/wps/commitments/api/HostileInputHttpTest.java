package org.wps.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.plan.PlanFixture;
import org.wps.commitments.testing.Http;

/**
 * Hostile input on the running server: a table of endpoints times bad-value generators (wrong JSON types,
 * malformed JSON, missing fields, huge strings, odd Unicode, injection strings, unknown and traversing ids,
 * impossible dates) sends several hundred requests. Each gets a 4xx with a problem detail (or the engine's JSON
 * error on {@code /engine-rest}) without a stack trace, never a 5xx, and after each the database is as before:
 * no commitment, concern, deadline change, engagement or review recorded, nothing suspended, the open task still
 * open with no new variables.
 */
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(100_000);
    private static final String ADVISER = "unmissAdviser";
    private static final String SENIOR = "unmissSenior";
    private static final String DESIGNER = "designer";
    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> NOT_FOUND = Set.of(404);
    private static final Set<Integer> BAD_OR_NOT_FOUND = Set.of(400, 404);
    private static final List<String> TABLES =
            List.of("commitment", "compliance_concern", "deadline_change", "engagement_record", "monitoring_review");

    /** Texts no field of ours takes as a code, a choice, a date or an opaque reference (JSON literals). */
    private static final Map<String, String> HOSTILE_TEXTS = new LinkedHashMap<>();

    /** Values of the wrong JSON type for a text field (JSON literals). */
    private static final Map<String, String> WRONG_TYPES = new LinkedHashMap<>();

    /** Impossible or unreadable dates (JSON literals). */
    private static final Map<String, String> BAD_DATES = new LinkedHashMap<>();

    /** Unknown, malformed or traversing ids and references, URL-encoded for a path segment. */
    private static final Map<String, String> BAD_IDS = new LinkedHashMap<>();

    static {
        HOSTILE_TEXTS.put("SQL injection", json("' OR 1=1 --"));
        HOSTILE_TEXTS.put("SQL stacked query", json("x'; DROP TABLE commitment; --"));
        HOSTILE_TEXTS.put("HTML script", json("<script>alert(1)</script>"));
        HOSTILE_TEXTS.put("JNDI lookup", json("${jndi:ldap://x/a}"));
        HOSTILE_TEXTS.put("path traversal", json("../../etc/passwd"));
        HOSTILE_TEXTS.put("right-to-left override", json("\u202EUNMISS"));
        HOSTILE_TEXTS.put("zero-width joiner", json("UN\u200DMISS"));
        HOSTILE_TEXTS.put("emoji", json("\uD83D\uDE00\uD83D\uDEA9"));
        HOSTILE_TEXTS.put("NUL", "\"\\u0000\"");
        HOSTILE_TEXTS.put("lone surrogate", "\"\\ud800\"");
        HOSTILE_TEXTS.put("huge string", json(HUGE));
        HOSTILE_TEXTS.put("empty string", "\"\"");

        WRONG_TYPES.put("object for text", "{\"a\":1}");
        WRONG_TYPES.put("array for text", "[\"x\"]");
        WRONG_TYPES.put("nested arrays", "[[[[[]]]]]");

        BAD_DATES.put("30 February", json("2027-02-30"));
        BAD_DATES.put("yesterday", json("yesterday"));
        BAD_DATES.put("day first", json("01/03/2027"));
        BAD_DATES.put("year 0", json("0000-00-00"));
        BAD_DATES.put("huge year", json("+999999999-12-31"));
        BAD_DATES.put("number for date", "20270301");
        BAD_DATES.put("object for date", "{\"year\":2027,\"month\":3,\"day\":1}");
        BAD_DATES.put("array for date", "[2027,3,1]");
        BAD_DATES.put("SQL injection for date", json("2027-03-01' OR 1=1 --"));
        BAD_DATES.put("NUL in date", "\"2027-03-01\\u0000\"");

        BAD_IDS.put("unknown", "UNMISS-JC-1999-99");
        BAD_IDS.put("SQL injection", encode("' OR 1=1 --"));
        BAD_IDS.put("HTML script", encode("<script>alert(1)</script>"));
        BAD_IDS.put("JNDI lookup", encode("${jndi:ldap://x/a}"));
        BAD_IDS.put("path traversal", encode("../../etc/passwd"));
        BAD_IDS.put("right-to-left override", encode("\u202EUNMISS-JC-2014"));
        BAD_IDS.put("emoji", encode("\uD83D\uDE00"));
        BAD_IDS.put("long", "A".repeat(2000));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanFixture fixture;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    Http http;
    String openReference;
    String openTaskId;
    String openInstanceId;
    String signedReference;
    long activityId;
    Snapshot before;

    /** One request and the statuses it may get. */
    record Case(
            String name,
            String method,
            String path,
            String user,
            String contentType,
            String body,
            Set<Integer> expected) {

        boolean engine() {
            return path.startsWith("/engine-rest");
        }
    }

    /** What a refused request must leave as it was. */
    record Snapshot(
            Map<String, Long> rows,
            boolean taskOpen,
            Set<String> variables,
            String openStage,
            Object signedSuspendedAt,
            Object activityDeadline,
            long processInstances) {}

    /**
     * Opens the work the hostile requests aim at; called from the test methods, not {@code @BeforeAll}, because
     * the engine's flow-node coverage records process starts only within a test.
     */
    private void openWork() {
        if (before != null) {
            return;
        }
        http = new Http(port);
        var opened = http.postJson(
                "/api/commitments",
                ADVISER,
                """
                {"mission":"UNMISS","partyCode":"GOV-SSD","type":"JOINT_COMMUNIQUE",
                 "title":"Hostile input check","targetSigningDate":"2027-03-01"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        openReference = opened.json().path("reference").asText();
        openInstanceId = opened.json().path("processInstanceId").asText();
        openTaskId = taskService
                .createTaskQuery()
                .processInstanceId(openInstanceId)
                .singleResult()
                .getId();

        LocalDate today = LocalDate.now();
        Commitment signed = fixture.signedCommitment("GOV-SSD", today.minusMonths(1));
        signedReference = signed.getReference();
        activityId = fixture.activitiesOf(fixture.validatedPlan(signed, List.of(today.plusYears(1))))
                .get(0)
                .getId();
        before = snapshot();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyHostileRequestIsRefusedWithA4xxAndChangesNothing() {
        openWork();
        List<Case> cases = new ArrayList<>();
        openCommitment(cases);
        complianceConcern(cases);
        suspension(cases);
        deadline(cases);
        migration(cases);
        queries(cases);
        taskForm(cases);
        assertThat(cases).as("the generated suite").hasSizeGreaterThanOrEqualTo(200);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    @Order(2)
    void aBpmnWithADoctypeOrExternalEntityIsRefused() {
        openWork();
        String model =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    id="definitions_hostile" targetNamespace="http://wps.org/commitments">
                  <bpmn:process id="hostile-doctype" name="&xxe;" isExecutable="true"/>
                </bpmn:definitions>
                """;
        var response = http.deploy(DESIGNER, "hostile-doctype.bpmn", model);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("root:");
        assertThat(http.get("/engine-rest/process-definition/count?key=hostile-doctype", DESIGNER)
                        .json()
                        .path("count")
                        .asInt())
                .isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    private void check(Case c) {
        var response = http.send(c.method(), c.path(), c.user(), c.contentType(), c.body());
        String shown = c.method() + " " + abbreviate(c.path()) + " -> " + response.status() + " "
                + abbreviate(response.body());
        assertThat(response.status()).as(shown).isLessThan(500).isIn(c.expected());
        assertThat(response.body())
                .as(shown)
                .isNotBlank()
                .doesNotContain("\tat ", "at org.", "at java.", "Caused by", "\"trace\"", "Exception:");
        if (response.contentType().startsWith("text/html")) {
            // only the servlet container refuses a URL before our code sees it: an encoded slash or bracket
            assertThat(c.path()).as(shown).contains("%");
            assertThat(response.status()).as(shown).isEqualTo(400);
        } else if (c.engine()) {
            // the engine's JSON error, or its plain-text message for a body Jackson cannot read
            assertThat(response.contentType()).as(shown).containsAnyOf("application/json", "text/plain");
        } else {
            assertThat(response.contentType()).as(shown).contains("application/problem+json");
            assertThat(response.json().path("status").asInt()).as(shown).isEqualTo(response.status());
            assertThat(response.json().path("detail").asText()).as(shown).isNotBlank();
        }
        assertThat(snapshot()).as("database after " + shown).isEqualTo(before);
    }

    private Snapshot snapshot() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        boolean taskOpen = taskService.createTaskQuery().taskId(openTaskId).count() == 1;
        return new Snapshot(
                rows,
                taskOpen,
                runtimeService.getVariables(openInstanceId).keySet(),
                jdbc.queryForObject("select stage from commitment where reference = ?", String.class, openReference),
                jdbc.queryForList("select suspended_at from commitment where reference = ?", signedReference)
                        .get(0)
                        .get("suspended_at"),
                jdbc.queryForObject("select deadline from plan_activity where id = ?", Object.class, activityId),
                runtimeService.createProcessInstanceQuery().count());
    }

    // --- the table: endpoints x generators -------------------------------------------------------------------

    private void openCommitment(List<Case> cases) {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("mission", json("UNMISS"));
        valid.put("partyCode", json("GOV-SSD"));
        valid.put("type", json("JOINT_COMMUNIQUE"));
        valid.put("title", json("Hostile input check"));
        valid.put("targetSigningDate", json("2027-03-01"));
        valid.put("sensitivity", json("CONFIDENTIAL"));
        Endpoint open = new Endpoint("POST", "/api/commitments", ADVISER, valid);
        for (String code : List.of("mission", "partyCode", "type", "sensitivity")) {
            open.each(cases, code, HOSTILE_TEXTS, BAD_REQUEST);
            open.each(cases, code, WRONG_TYPES, BAD_REQUEST);
            open.with(cases, code, "number for text", "42", BAD_REQUEST);
        }
        open.each(cases, "title", WRONG_TYPES, BAD_REQUEST);
        open.with(cases, "title", "huge string", json(HUGE), BAD_REQUEST);
        open.with(cases, "title", "NUL", "\"Title\\u0000\"", BAD_REQUEST);
        open.with(cases, "title", "bell", "\"Title\\u0007\"", BAD_REQUEST);
        open.with(cases, "title", "blank", "\"   \"", BAD_REQUEST);
        open.each(cases, "targetSigningDate", BAD_DATES, BAD_REQUEST);
        for (String field : List.of("mission", "partyCode", "type", "title", "targetSigningDate")) {
            open.without(cases, field, BAD_REQUEST);
            open.with(cases, field, "null", "null", BAD_REQUEST);
        }
        open.malformed(cases);
        cases.add(new Case(
                "open commitment: text/plain body",
                "POST",
                "/api/commitments",
                ADVISER,
                "text/plain",
                "title",
                Set.of(415)));
        cases.add(new Case(
                "open commitment: XML body",
                "POST",
                "/api/commitments",
                ADVISER,
                "application/xml",
                "<commitment/>",
                Set.of(415)));
        cases.add(new Case(
                "open commitment: PUT", "PUT", "/api/commitments", ADVISER, "application/json", "{}", Set.of(405)));
        cases.add(new Case(
                "open commitment as designer",
                "POST",
                "/api/commitments",
                DESIGNER,
                "application/json",
                open.body(Map.of()),
                Set.of(400, 403)));
    }

    private void complianceConcern(List<Case> cases) {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("kind", json("VERIFIED_ALLEGATION"));
        valid.put("reference", json("MARA-HOSTILE-0001"));
        valid.put("sensitivity", json("STRICTLY_CONFIDENTIAL"));
        Endpoint concern =
                new Endpoint("POST", "/api/commitments/" + signedReference + "/compliance-concerns", ADVISER, valid);
        for (String field : List.of("kind", "reference", "sensitivity")) {
            concern.each(cases, field, HOSTILE_TEXTS, BAD_REQUEST);
            concern.each(cases, field, WRONG_TYPES, BAD_REQUEST);
            concern.with(cases, field, "number for text", "42", BAD_REQUEST);
        }
        concern.without(cases, "kind", BAD_REQUEST);
        concern.without(cases, "reference", BAD_REQUEST);
        concern.malformed(cases);
        BAD_IDS.forEach((name, id) -> cases.add(new Case(
                "compliance concern: " + name + " commitment",
                "POST",
                "/api/commitments/" + id + "/compliance-concerns",
                ADVISER,
                "application/json",
                concern.body(Map.of()),
                BAD_OR_NOT_FOUND)));
        cases.add(new Case(
                "compliance concern: before signing",
                "POST",
                "/api/commitments/" + openReference + "/compliance-concerns",
                ADVISER,
                "application/json",
                concern.body(Map.of()),
                Set.of(409)));
    }

    private void suspension(List<Case> cases) {
        Endpoint suspend = new Endpoint(
                "POST",
                "/api/commitments/" + signedReference + "/suspension",
                SENIOR,
                Map.of("reason", json("Access lost")));
        suspend.each(cases, "reason", WRONG_TYPES, BAD_REQUEST);
        suspend.with(cases, "reason", "number for text", "42", BAD_REQUEST);
        suspend.with(cases, "reason", "huge string", json(HUGE), BAD_REQUEST);
        suspend.with(cases, "reason", "NUL", "\"Access lost\\u0000\"", BAD_REQUEST);
        suspend.with(cases, "reason", "blank", "\"  \"", BAD_REQUEST);
        suspend.with(cases, "reason", "null", "null", BAD_REQUEST);
        suspend.without(cases, "reason", BAD_REQUEST);
        suspend.malformed(cases);
        cases.add(new Case(
                "suspension: by an adviser",
                "POST",
                suspend.path(),
                ADVISER,
                "application/json",
                suspend.body(Map.of()),
                Set.of(403)));
        BAD_IDS.forEach((name, id) -> {
            cases.add(new Case(
                    "suspension: " + name + " commitment",
                    "POST",
                    "/api/commitments/" + id + "/suspension",
                    SENIOR,
                    "application/json",
                    suspend.body(Map.of()),
                    BAD_OR_NOT_FOUND));
            cases.add(new Case(
                    "resumption: " + name + " commitment",
                    "DELETE",
                    "/api/commitments/" + id + "/suspension",
                    SENIOR,
                    null,
                    null,
                    BAD_OR_NOT_FOUND));
        });
        cases.add(
                new Case("resumption: not suspended", "DELETE", suspend.path(), SENIOR, null, null, Set.of(400, 409)));
        cases.add(new Case("resumption: by an adviser", "DELETE", suspend.path(), ADVISER, null, null, Set.of(403)));
    }

    private void deadline(List<Case> cases) {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("deadline", json(LocalDate.now().plusYears(2).toString()));
        valid.put("reason", json("Funding arrives later."));
        Endpoint patch = new Endpoint("PATCH", "/api/activities/" + activityId + "/deadline", ADVISER, valid);
        patch.each(cases, "deadline", BAD_DATES, BAD_REQUEST);
        patch.each(cases, "deadline", HOSTILE_TEXTS, BAD_REQUEST);
        patch.with(cases, "deadline", "in the past", json("2020-01-01"), BAD_REQUEST);
        patch.with(cases, "deadline", "today", json(LocalDate.now().toString()), BAD_REQUEST);
        patch.each(cases, "reason", WRONG_TYPES, BAD_REQUEST);
        patch.with(cases, "reason", "huge string", json(HUGE), BAD_REQUEST);
        patch.with(cases, "reason", "NUL", "\"Funding\\u0000\"", BAD_REQUEST);
        patch.without(cases, "deadline", BAD_REQUEST);
        patch.without(cases, "reason", BAD_REQUEST);
        patch.malformed(cases);
        Map<String, String> ids = new LinkedHashMap<>(BAD_IDS);
        ids.put("unknown number", "999999999");
        ids.put("negative", "-1");
        ids.put("beyond long", "99999999999999999999999");
        ids.put("decimal", "1.5");
        ids.forEach((name, id) -> {
            cases.add(new Case(
                    "deadline: " + name + " activity",
                    "PATCH",
                    "/api/activities/" + id + "/deadline",
                    ADVISER,
                    "application/json",
                    patch.body(Map.of()),
                    BAD_OR_NOT_FOUND));
            cases.add(new Case(
                    "activity: " + name, "GET", "/api/activities/" + id, ADVISER, null, null, BAD_OR_NOT_FOUND));
        });
        cases.add(new Case(
                "deadline: another mission's activity",
                "PATCH",
                patch.path(),
                "minusmaAdviser",
                "application/json",
                patch.body(Map.of()),
                NOT_FOUND));
    }

    private void migration(List<Case> cases) {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("processKey", json("commitment-lifecycle"));
        valid.put("fromVersion", "1");
        valid.put("toVersion", "999");
        valid.put("references", "[]");
        valid.put("dryRun", "true");
        Endpoint migrate = new Endpoint("POST", "/api/migrations", DESIGNER, valid);
        migrate.each(cases, "processKey", HOSTILE_TEXTS, BAD_REQUEST);
        migrate.each(cases, "processKey", WRONG_TYPES, BAD_REQUEST);
        migrate.with(cases, "fromVersion", "text for number", json("one"), BAD_REQUEST);
        migrate.with(cases, "fromVersion", "negative", "-1", BAD_REQUEST);
        migrate.with(cases, "fromVersion", "beyond int", "2147483648", BAD_REQUEST);
        migrate.with(cases, "fromVersion", "object for number", "{\"v\":1}", BAD_REQUEST);
        migrate.with(cases, "toVersion", "negative", "-1", BAD_REQUEST);
        migrate.with(cases, "toVersion", "huge", "99999999999999999999", BAD_REQUEST);
        migrate.with(cases, "references", "text for list", json("UNMISS-JC-2014"), BAD_REQUEST);
        migrate.with(cases, "references", "numbers", "[1,2]", Set.of(400, 404));
        migrate.with(
                cases,
                "references",
                "hostile references",
                "[" + String.join(",", HOSTILE_TEXTS.values()) + "]",
                Set.of(400, 404));
        migrate.with(cases, "dryRun", "text for boolean", json("maybe"), BAD_REQUEST);
        migrate.without(cases, "processKey", BAD_REQUEST);
        migrate.without(cases, "fromVersion", BAD_REQUEST);
        migrate.malformed(cases);
        cases.add(new Case(
                "migration: by an adviser",
                "POST",
                "/api/migrations",
                ADVISER,
                "application/json",
                migrate.body(Map.of()),
                Set.of(403)));
    }

    private void queries(List<Case> cases) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SQL injection", encode("' OR 1=1 --"));
        values.put("HTML script", encode("<script>alert(1)</script>"));
        values.put("JNDI lookup", encode("${jndi:ldap://x/a}"));
        values.put("path traversal", encode("../../etc/passwd"));
        values.put("right-to-left override", encode("\u202EUNMISS"));
        values.put("zero-width joiner", encode("UN\u200DMISS"));
        values.put("emoji", encode("\uD83D\uDE00"));
        values.put("long", "Z".repeat(3000));
        values.put("NUL", "UN%00MISS");
        values.forEach((name, value) -> {
            get(cases, "/api/commitments?mission=" + value, BAD_OR_NOT_FOUND, name);
            get(cases, "/api/commitments?stage=" + value, BAD_REQUEST, name);
            get(cases, "/api/parties?mission=" + value, BAD_OR_NOT_FOUND, name);
            get(cases, "/api/overdue?bucket=" + value, BAD_REQUEST, name);
            get(cases, "/api/overdue?level=" + value, BAD_REQUEST, name);
            get(cases, "/api/overdue?page=" + value, BAD_REQUEST, name);
            get(cases, "/api/overdue?size=" + value, BAD_REQUEST, name);
            get(cases, "/api/overdue?mission=" + value, BAD_OR_NOT_FOUND, name);
            get(cases, "/api/stats?level=" + value, BAD_REQUEST, name);
            get(cases, "/api/stats?mission=" + value, BAD_OR_NOT_FOUND, name);
            get(cases, "/api/annual-report-inputs/" + value + "/2026", BAD_OR_NOT_FOUND, name);
            get(cases, "/api/annual-report-inputs/UNMISS/" + value, BAD_REQUEST, name);
            get(cases, "/api/annual-report-inputs/" + value + "/2026/csv", BAD_OR_NOT_FOUND, name);
        });
        for (String number : List.of("-1", "4", "99999999999", "1e3", "1.5")) {
            get(cases, "/api/overdue?level=" + number, BAD_REQUEST, number);
        }
        for (String number : List.of("-1", "99999999999", "1e3", "0x10")) {
            get(cases, "/api/overdue?page=" + number, BAD_REQUEST, number);
        }
        for (String number : List.of("0", "501", "-5", "99999999999")) {
            get(cases, "/api/overdue?size=" + number, BAD_REQUEST, number);
        }
        // PostgreSQL cannot hold U+0000: the engine's own queries must refuse it before the database does
        get(cases, "/engine-rest/task?processInstanceBusinessKey=UNMISS%00", BAD_REQUEST, "NUL");
        get(cases, "/engine-rest/process-definition/count?key=commitment%00lifecycle", BAD_REQUEST, "NUL");
        cases.add(new Case(
                "POST /engine-rest/task (NUL in a JSON query)",
                "POST",
                "/engine-rest/task",
                ADVISER,
                "application/json",
                "{\"processInstanceBusinessKey\":\"UNMISS\\u0000\"}",
                BAD_REQUEST));
        get(cases, "/api/parties", BAD_REQUEST, "missing mission");
        get(cases, "/api/annual-report-inputs/UNMISS/99999999999", BAD_REQUEST, "year beyond int");
        get(cases, "/api/annual-report-inputs/UNMISS/-1", NOT_FOUND, "negative year");
        get(cases, "/api/annual-report-inputs/UNMISS/1900/csv", NOT_FOUND, "unknown year");
        BAD_IDS.forEach((name, id) -> {
            get(cases, "/api/commitments/" + id, BAD_OR_NOT_FOUND, name);
            get(cases, "/api/commitments/" + id + "/timeline", BAD_OR_NOT_FOUND, name);
        });
    }

    private static void get(List<Case> cases, String path, Set<Integer> expected, String name) {
        cases.add(new Case("GET " + abbreviate(path) + " (" + name + ")", "GET", path, ADVISER, null, null, expected));
    }

    private void taskForm(List<Case> cases) {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("engagementDate", "{\"value\":\"2026-01-05\"}");
        valid.put("engagementLevel", "{\"value\":\"WPA\"}");
        valid.put("counterpartRole", "{\"value\":\"Minister of Defence's office\"}");
        valid.put("engagementOutcome", "{\"value\":\"Agreed to draft a text.\"}");
        valid.put("engagementDecision", "{\"value\":\"READY_TO_DRAFT\"}");
        String path = "/engine-rest/task/" + openTaskId + "/submit-form";
        Endpoint form = new Endpoint("POST", path, ADVISER, valid) {
            @Override
            String body(Map<String, String> changes) {
                return "{\"variables\":" + super.body(changes) + "}";
            }
        };
        for (String choice : List.of("engagementLevel", "engagementDecision")) {
            HOSTILE_TEXTS.forEach(
                    (name, value) -> form.with(cases, choice, name, "{\"value\":" + value + "}", BAD_REQUEST));
        }
        BAD_DATES.forEach(
                (name, value) -> form.with(cases, "engagementDate", name, "{\"value\":" + value + "}", BAD_REQUEST));
        for (String text : List.of("counterpartRole", "engagementOutcome")) {
            form.with(cases, text, "huge string", "{\"value\":" + json(HUGE) + "}", BAD_REQUEST);
            form.with(cases, text, "NUL", "{\"value\":\"a\\u0000b\"}", BAD_REQUEST);
            form.with(cases, text, "number", "{\"value\":42,\"type\":\"Integer\"}", BAD_REQUEST);
            form.with(cases, text, "blank", "{\"value\":\"   \"}", BAD_REQUEST);
        }
        form.with(
                cases, "engagementDate", "Integer typed text", "{\"value\":\"abc\",\"type\":\"Integer\"}", BAD_REQUEST);
        form.with(cases, "engagementDate", "unknown type", "{\"value\":\"x\",\"type\":\"Nonsense\"}", BAD_REQUEST);
        form.with(
                cases,
                "engagementDate",
                "Date typed garbage",
                "{\"value\":\"yesterday\",\"type\":\"Date\"}",
                BAD_REQUEST);
        form.with(cases, "engagementLevel", "bare string for value object", json("WPA"), BAD_REQUEST);
        for (String field : valid.keySet()) {
            form.without(cases, field, BAD_REQUEST);
        }
        form.malformed(cases);
        cases.add(new Case(
                "task form: variables as array",
                "POST",
                path,
                ADVISER,
                "application/json",
                "{\"variables\":[]}",
                BAD_REQUEST));
        cases.add(new Case(
                "task form: another mission's user",
                "POST",
                path,
                "minusmaAdviser",
                "application/json",
                form.body(Map.of()),
                Set.of(403, 404)));
        BAD_IDS.forEach((name, id) -> cases.add(new Case(
                "task form: " + name + " task",
                "POST",
                "/engine-rest/task/" + id + "/submit-form",
                ADVISER,
                "application/json",
                form.body(Map.of()),
                BAD_OR_NOT_FOUND)));
    }

    /** An endpoint with a valid body whose fields the generators break one at a time. */
    private static class Endpoint {
        private final String method;
        private final String path;
        private final String user;
        private final Map<String, String> valid;

        Endpoint(String method, String path, String user, Map<String, String> valid) {
            this.method = method;
            this.path = path;
            this.user = user;
            this.valid = valid;
        }

        String path() {
            return path;
        }

        /** The valid body with {@code changes} (a null value removes the field), as JSON text. */
        String body(Map<String, String> changes) {
            Map<String, String> fields = new LinkedHashMap<>(valid);
            changes.forEach((field, value) -> {
                if (value == null) {
                    fields.remove(field);
                } else {
                    fields.put(field, value);
                }
            });
            StringBuilder body = new StringBuilder("{");
            fields.forEach((field, value) -> body.append(body.length() > 1 ? "," : "")
                    .append('"')
                    .append(field)
                    .append("\":")
                    .append(value));
            return body.append('}').toString();
        }

        void with(List<Case> cases, String field, String name, String value, Set<Integer> expected) {
            Map<String, String> change = new LinkedHashMap<>();
            change.put(field, value);
            add(cases, field + " " + name, body(change), expected);
        }

        void each(List<Case> cases, String field, Map<String, String> values, Set<Integer> expected) {
            values.forEach((name, value) -> with(cases, field, name, value, expected));
        }

        void without(List<Case> cases, String field, Set<Integer> expected) {
            Map<String, String> change = new LinkedHashMap<>();
            change.put(field, null);
            add(cases, "missing " + field, body(change), expected);
        }

        void malformed(List<Case> cases) {
            String whole = body(Map.of());
            add(cases, "truncated JSON", whole.substring(0, whole.length() / 2), BAD_REQUEST);
            add(cases, "trailing comma", whole.substring(0, whole.length() - 1) + ",}", BAD_REQUEST);
            add(cases, "single quotes", whole.replace('"', '\''), BAD_REQUEST);
            add(cases, "empty body", "", BAD_REQUEST);
            add(cases, "JSON array", "[" + whole + "]", BAD_REQUEST);
            add(cases, "JSON string", json(whole), BAD_REQUEST);
            add(cases, "deeply nested", "[".repeat(5000) + "]".repeat(5000), BAD_REQUEST);
            add(cases, "NUL byte outside strings", "\u0000" + whole, BAD_REQUEST);
        }

        private void add(List<Case> cases, String name, String body, Set<Integer> expected) {
            cases.add(new Case(
                    method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + ": " + name,
                    method,
                    path,
                    user,
                    "application/json",
                    body,
                    expected));
        }
    }

    private static String json(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
