package org.wps.commitments.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.annualreport.AnnualReportFixture;
import org.wps.commitments.annualreport.AnnualReportInputProcess;
import org.wps.commitments.closure.ClosureProcess;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.concern.ComplianceConcernProcess;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.plan.ActivityFollowUpProcess;
import org.wps.commitments.plan.ImplementationPlanProcess;
import org.wps.commitments.process.Jobs;
import org.wps.commitments.review.MonitoringReviewProcess;
import org.wps.commitments.review.ReviewDriver;
import org.wps.commitments.testing.Http;

/**
 * Issue 18.7: the personal-data check covers every free-text field a person types, on every path. The test reads
 * every {@code forms/*.form}, collects each {@code textfield} and {@code textarea} a person can type in, and works a
 * commitment through the real processes on the running server; at each task (and each start form) it submits the
 * form over {@code /engine-rest} as Tasklist does, valid but for one field holding a phone number or an e-mail
 * address, and expects a 400 that names that field as personal data. A field without the check would let the
 * value through (204, the task completed) and fail the test; a form field the journey does not reach fails it at
 * the end. The API's free texts get the same treatment, and nothing of what was refused is stored anywhere.
 */
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreeTextPersonalDataHttpTest {

    private static final String PHONE = "Call +211 912 345 678";
    private static final String EMAIL = "write to focal.point@example.net";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.parse("2027-01-04");

    @LocalServerPort
    int port;

    @Autowired
    Jobs jobs;

    @Autowired
    ReviewDriver reviewDriver;

    @Autowired
    AnnualReportFixture annualReport;

    @Autowired
    HistoryService historyService;

    Http http;

    /** "form/key" of every field a person types, read from the forms. */
    private final Set<String> typedFields = new TreeSet<>();

    /** "form/key" of the fields too short to hold a phone number or an address (at most 7 characters). */
    private final Set<String> tooShortForPersonalData = new TreeSet<>();

    /** "form/key" of the fields this class refused with personal data. */
    private final Set<String> refused = new TreeSet<>();

    @BeforeAll
    void readForms() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode schema = JSON.readTree(form.toFile());
                collect(schema.path("id").asText(), schema.path("components"), "", typedFields);
                collectShort(schema.path("id").asText(), schema.path("components"), tooShortForPersonalData);
            }
        }
        assertThat(typedFields).as("the forms have text fields").hasSizeGreaterThan(30);
    }

    private static void collect(String form, JsonNode components, String path, Set<String> into) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            // a disabled field shows a value to the person, who cannot type in it
            if ((type.equals("textfield") || type.equals("textarea"))
                    && !c.path("disabled").asBoolean(false)
                    && !c.path("readonly").asBoolean(false)) {
                into.add(form + "/" + path + c.path("key").asText());
            }
            String nested = c.path("path").asText("");
            collect(form, c.path("components"), nested.isBlank() ? path : path + nested + ".", into);
        }
    }

    private static void collectShort(String form, JsonNode components, Set<String> into) {
        for (JsonNode c : components) {
            int max = c.path("validate").path("maxLength").asInt(Integer.MAX_VALUE);
            if (max < 8) {
                into.add(form + "/" + c.path("key").asText());
            }
            collectShort(form, c.path("components"), into);
        }
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T08:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    void everyTypedFieldOfEveryFormWasRefused() {
        assertThat(refused)
                .as("every text field of every form was fed personal data and refused")
                .containsAll(typedFields);
        assertThat(historyService.createHistoricVariableInstanceQuery().list())
                .as("nothing refused reached the engine's history")
                .noneMatch(v -> String.valueOf(v.getValue()).contains("912 345 678")
                        || String.valueOf(v.getValue()).contains("focal.point@example.net"));
    }

    @Test
    void everyFormsTextFieldRefusesPersonalDataOnTheWholeJourney() {
        // the start form of a commitment
        Map<String, Object> open = map(
                "missionCode", "UNMISS",
                "partyCode", "GOV-SSD",
                "commitmentType", "JOINT_COMMUNIQUE",
                "title", "Free text check",
                "targetSigningDate", "2027-03-01",
                "sensitivity", "CONFIDENTIAL");
        probeStart("commitment-lifecycle", "open-commitment", open, "title");
        var opened = http.postJson(
                "/api/commitments",
                "unmissAdviser",
                "{\"mission\":\"UNMISS\",\"partyCode\":\"GOV-SSD\",\"type\":\"JOINT_COMMUNIQUE\","
                        + "\"title\":\"Free text check\",\"targetSigningDate\":\"2027-03-01\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String reference = opened.json().path("reference").asText();

        step(
                reference,
                CommitmentLifecycleProcess.Elements.RECORD_ENGAGEMENT,
                "record-engagement",
                "unmissAdviser",
                map(
                        "engagementDate", TODAY.toString(),
                        "engagementLevel", "SENIOR_WPA",
                        "counterpartRole", "Minister of Defence",
                        "engagementOutcome", "Agreed to draft a text.",
                        "engagementDecision", "READY_TO_DRAFT"),
                "counterpartRole",
                "engagementOutcome");
        step(
                reference,
                CommitmentLifecycleProcess.Elements.DRAFT_TEXT,
                "draft-text",
                "unmissAdviser",
                map(
                        "commitmentElements", "[\"CHAIN_OF_COMMAND_ORDERS\",\"INVESTIGATIONS\"]",
                        "draftReference", "DMS/UNMISS/2027/1",
                        "draftSummary", "Orders and investigations."),
                "draftReference",
                "draftSummary");
        step(
                reference,
                CommitmentLifecycleProcess.Elements.REVIEW_DRAFT,
                "review-draft",
                "unmissSenior",
                map("reviewDecision", "APPROVE", "reviewComment", "Good to go."),
                "reviewComment");
        step(
                reference,
                CommitmentLifecycleProcess.Elements.CLEAR_TEXT,
                "clear-text",
                "osrsgDesk",
                map("clearanceDecision", "CLEAR", "clearanceComment", "Cleared."),
                "clearanceComment");
        String signing = taskId(reference, CommitmentLifecycleProcess.Elements.RECORD_SIGNING, "unmissAdviser");
        probe(
                signing,
                "record-signing",
                "unmissAdviser",
                map("signingOutcome", "REFUSED", "refusalReason", "The party asked for more time."),
                "refusalReason");
        step(
                reference,
                CommitmentLifecycleProcess.Elements.RECORD_SIGNING,
                "record-signing",
                "unmissAdviser",
                map(
                        "signingOutcome", "SIGNED",
                        "signedOn", TODAY.toString(),
                        "signingPlace", "Juba",
                        "signatoryTitles", "Minister of Defence; SRSG-SVC",
                        "documentReference", "UNMISS/JC/2027/01"),
                "signingPlace",
                "signatoryTitles",
                "documentReference");

        Map<String, Object> row = map(
                "title", "Issue command order",
                "pillar", "Prevention",
                "classification", "SECURITY_SECTOR_ORDERS_TRAINING",
                "commitmentElement", "CHAIN_OF_COMMAND_ORDERS",
                "responsibleEntity", "Ministry of Defence",
                "deadline", "2027-10-29",
                "indicator", "Order issued to all units",
                "baseline", "No order",
                "target", "Order in force",
                "fundingStatus", "UNFUNDED",
                "meansOfVerification", "Copy of the order");
        Map<String, Object> plan = map(
                "planTitle", "Action plan on conflict-related sexual violence",
                "periodStart", TODAY.toString(),
                "periodEnd", "2028-06-30",
                "coordinationBody", "Implementation oversight committee",
                "budget", 250000,
                "currency", "USD");
        String draftPlan = taskId(reference, ImplementationPlanProcess.Elements.DRAFT_PLAN, "unmissAdviser");
        for (String field : row.keySet()) {
            if (!typedFields.contains("draft-plan/activities." + field)) {
                continue;
            }
            Map<String, Object> withRow = new LinkedHashMap<>(plan);
            Map<String, Object> bad = new LinkedHashMap<>(row);
            bad.put(field, PHONE);
            withRow.put("activities", List.of(bad));
            expectRefused(draftPlan, "draft-plan", "unmissAdviser", withRow, "activities[0]." + field);
            refused.add("draft-plan/activities." + field);
        }
        plan.put("activities", List.of(row));
        step(
                reference,
                ImplementationPlanProcess.Elements.DRAFT_PLAN,
                "draft-plan",
                "unmissAdviser",
                plan,
                "planTitle",
                "coordinationBody",
                "currency");
        step(
                reference,
                ImplementationPlanProcess.Elements.VALIDATE_PLAN,
                "validate-plan",
                "unmissSenior",
                map(
                        "planDecision", "APPROVE",
                        "validatedOn", TODAY.toString(),
                        "validatingBody", "National validation workshop",
                        "validationComment", "Validated."),
                "validatingBody",
                "validationComment");

        // the API's reason for moving the activity's deadline
        long activityId = http.get("/api/commitments/" + reference, "unmissAdviser")
                .json()
                .path("plans")
                .get(0)
                .path("activities")
                .get(0)
                .path("id")
                .asLong();
        expectApiRefused(
                "PATCH",
                "/api/activities/" + activityId + "/deadline",
                "{\"deadline\":\"2027-12-31\",\"reason\":\"" + PHONE + "\"}",
                "reason");

        // a concern: its start form, then its assessment and the leadership's decision
        probeStart(
                "report-compliance-concern",
                "report-compliance-concern",
                map(
                        "missionCode", "UNMISS",
                        "commitmentReference", reference,
                        "concernKind", "DENIAL_OF_ACCESS",
                        "concernReference", "MARA-UNMISS-2027-0001",
                        "concernSensitivity", "CONFIDENTIAL"),
                "commitmentReference",
                "concernReference");
        var concern = http.postJson(
                "/api/commitments/" + reference + "/compliance-concerns",
                "unmissAdviser",
                "{\"kind\":\"DENIAL_OF_ACCESS\",\"reference\":\"MARA-UNMISS-2027-0001\"}");
        assertThat(concern.status()).as(concern.body()).isEqualTo(201);
        step(
                reference,
                ComplianceConcernProcess.Elements.ASSESS_CONCERN,
                "assess-concern",
                "unmissSenior",
                map("concernReferral", "MISSION_LEADERSHIP", "assessmentNote", "Pattern confirmed."),
                "assessmentNote");
        step(
                reference,
                ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP,
                "decide-concern-action",
                "unmissLeader",
                map("concernAction", "DEMARCHE_BY_HEAD_OF_MISSION", "actionNote", "Raised with the minister."),
                "actionNote");

        // the activity's progress (the task stays open for the ladder below)
        String progress = taskId(reference, ActivityFollowUpProcess.Elements.REPORT_PROGRESS, "unmissAdviser");
        probe(
                progress,
                "report-progress",
                "unmissAdviser",
                map(
                        "progressStatus", "IN_PROGRESS",
                        "progressPct", 20,
                        "verification", "UN_VERIFIED",
                        "evidenceReference", "MARA-REF-001",
                        "progressNote", "Drafting under way.",
                        "revisedDeadline", "2027-12-31",
                        "revisionReason", "Funding arrived late."),
                "evidenceReference",
                "progressNote",
                "revisionReason");

        // a quarterly review, then a second one that proposes the final assessment
        jobs.fire(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED);
        Map<String, Object> review = new LinkedHashMap<>(reviewDriver.preparation(reference, "AT_RISK", "PARTIAL", 0));
        step(
                reference,
                MonitoringReviewProcess.Elements.PREPARE_REVIEW,
                "prepare-review",
                "unmissAdviser",
                review,
                "maraReference",
                "recommendations");
        step(
                reference,
                MonitoringReviewProcess.Elements.ENDORSE_REVIEW,
                "endorse-review",
                "unmissSenior",
                map("endorsement", "ENDORSE", "endorsementComment", "Endorsed."),
                "endorsementComment");
        jobs.fire(reference, ClosureProcess.Elements.REVIEW_PERIOD_ENDED);
        reviewDriver.review(reference, "ON_TRACK", "FULL", 0);
        probe(
                taskId(reference, "userTask_assessFinalCompliance", "unmissSenior"),
                "assess-final-compliance",
                "unmissSenior",
                map("closureDecision", "FULFILLED", "closureReason", "All elements implemented."),
                "closureReason",
                "successorReference");

        // the activity's deadline passes: the senior advisers decide at level 1
        jobs.fire(reference, ActivityFollowUpProcess.Elements.EARLY_REMINDER_DUE);
        jobs.fire(reference, ActivityFollowUpProcess.Elements.LATE_REMINDER_DUE);
        jobs.fire(reference, ActivityFollowUpProcess.Elements.DEADLINE_PASSED);
        jobs.fire(reference, OverdueEscalationProcess.Elements.LEVEL_THRESHOLD_REACHED);
        probe(
                taskId(reference, OverdueEscalationProcess.Elements.DECIDE, "unmissSenior"),
                "decide-overdue-item",
                "unmissSenior",
                map("escalationDecision", "ENGAGE_PARTY", "decisionNote", "Meeting the minister."),
                "decisionNote");

        var stored = http.get("/api/commitments/" + reference, "unmissSenior");
        assertThat(stored.body()).doesNotContain("912 345 678", "focal.point@example.net");
    }

    @Test
    void theAnnualReportInputsFormsRefusePersonalData() {
        int year = 2061; // a year no other test opens for UNMISS: the annual report input is one per mission and year
        ClockUtil.setCurrentTime(
                Date.from(LocalDate.of(year, 12, 1).atTime(9, 0).toInstant(ZoneOffset.UTC)));
        annualReport.open("UNMISS", year);
        String key = AnnualReportInputProcess.businessKey("UNMISS", year);
        step(
                key,
                AnnualReportInputProcess.Elements.PREPARE_INPUT,
                "prepare-annual-report-input",
                "unmissAdviser",
                map("highlights", "Orders issued to two divisions.", "sensitivity", "CONFIDENTIAL"),
                "highlights");
        probe(
                taskId(key, AnnualReportInputProcess.Elements.APPROVE_INPUT, "unmissSenior"),
                "approve-annual-report-input",
                "unmissSenior",
                map("approvalDecision", "APPROVE", "approvalComment", "Approved."),
                "approvalComment");
    }

    @Test
    void theApisFreeTextsRefusePersonalData() {
        String reference = http.postJson(
                        "/api/commitments",
                        "unmissAdviser",
                        "{\"mission\":\"UNMISS\",\"partyCode\":\"GOV-SSD\",\"type\":\"JOINT_COMMUNIQUE\","
                                + "\"title\":\"API free text check\",\"targetSigningDate\":\"2027-03-01\"}")
                .json()
                .path("reference")
                .asText();
        String open = "{\"mission\":\"UNMISS\",\"partyCode\":\"GOV-SSD\",\"type\":\"JOINT_COMMUNIQUE\","
                + "\"title\":\"%s\",\"targetSigningDate\":\"2027-03-01\"}";
        expectApiRefused("POST", "/api/commitments", open.formatted(PHONE), "title");
        expectApiRefused("POST", "/api/commitments", open.formatted("Survivor Mary Akol"), "title");
        expectApiRefused(
                "POST",
                "/api/commitments",
                "{\"mission\":\"UNMISS\",\"partyCode\":\"" + EMAIL + "\",\"type\":\"JOINT_COMMUNIQUE\","
                        + "\"title\":\"A title\",\"targetSigningDate\":\"2027-03-01\"}",
                "partyCode");
        expectApiRefused(
                "POST",
                "/api/commitments/" + reference + "/suspension",
                "{\"reason\":\"" + EMAIL + "\",\"narrativeConfirmed\":true}",
                "reason");
        expectApiRefused(
                "POST",
                "/api/commitments/" + reference + "/compliance-concerns",
                "{\"kind\":\"AMNESTY\",\"reference\":\"" + PHONE + "\"}",
                "reference");
        var signedUp = http.get("/api/commitments/" + reference, "unmissAdviser");
        assertThat(signedUp.body()).doesNotContain("912 345 678", "focal.point@example.net");
        assertThat(signedUp.json().path("commitment").path("suspendedAt").isNull())
                .as("the refused suspension did not happen")
                .isTrue();
    }

    private void expectApiRefused(String method, String path, String body, String field) {
        var response = http.send(method, path, "unmissAdviser", "application/json", body);
        assertThat(response.status())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(400);
        assertThat(response.body()).as(method + " " + path + " names " + field).contains(field);
        assertThat(response.body()).contains("personal data");
    }

    /** Probes the fields on the task, then completes it with the valid values. */
    private void step(
            String businessKey, String taskKey, String form, String user, Map<String, Object> valid, String... fields) {
        String taskId = taskId(businessKey, taskKey, user);
        probe(taskId, form, user, valid, fields);
        var done = http.postJson("/engine-rest/task/" + taskId + "/submit-form", user, variables(valid));
        assertThat(done.status())
                .as(form + " with valid values: " + done.body())
                .isEqualTo(204);
        jobs.runAsync(businessKey);
    }

    private void probe(String taskId, String form, String user, Map<String, Object> valid, String... fields) {
        for (String field : fields) {
            for (String value : List.of(PHONE, EMAIL)) {
                Map<String, Object> values = new LinkedHashMap<>(valid);
                values.put(field, value);
                expectRefused(taskId, form, user, values, field);
            }
            refused.add(form + "/" + field);
        }
    }

    private void expectRefused(String taskId, String form, String user, Map<String, Object> values, String field) {
        var response = http.postJson("/engine-rest/task/" + taskId + "/submit-form", user, variables(values));
        assertThat(response.status())
                .as("%s: personal data in %s must be refused, got %s", form, field, response.body())
                .isEqualTo(400);
        assertPersonalDataIn(response.json(), form, field);
        assertThat(http.get("/engine-rest/task/" + taskId, user).status())
                .as("the task stays open")
                .isEqualTo(200);
    }

    private void probeStart(String processKey, String form, Map<String, Object> valid, String... fields) {
        String path = "/engine-rest/process-definition/key/" + processKey + "/submit-form";
        for (String field : fields) {
            for (String value : List.of(PHONE, EMAIL)) {
                Map<String, Object> values = new LinkedHashMap<>(valid);
                values.put(field, value);
                var response = http.postJson(path, "unmissAdviser", variables(values));
                assertThat(response.status())
                        .as("%s: personal data in %s must be refused, got %s", form, field, response.body())
                        .isEqualTo(400);
                assertPersonalDataIn(response.json(), form, field);
            }
            refused.add(form + "/" + field);
        }
    }

    private void assertPersonalDataIn(JsonNode answer, String form, String field) {
        // a field too short for any phone number or address (a currency code) refuses it by its length
        String refusal = tooShortForPersonalData.contains(form + "/" + field) ? "must be at most" : "personal data";
        assertThat(answer.path("problems"))
                .as("%s: the answer names %s as personal data: %s", form, field, answer)
                .anySatisfy(p -> {
                    assertThat(p.path("field").asText()).isEqualTo(field);
                    assertThat(p.path("message").asText()).contains(refusal);
                });
    }

    private String taskId(String businessKey, String taskKey, String user) {
        return jobs.task(businessKey, taskKey).getId();
    }

    private static String variables(Map<String, Object> values) {
        var variables = JSON.createObjectNode();
        values.forEach((name, value) -> {
            var v = variables.putObject(name);
            if (value instanceof List<?> list) {
                v.put("value", JSON.valueToTree(list).toString());
                v.put("type", "Json");
            } else if (value instanceof Integer number) {
                v.put("value", number);
                v.put("type", "Integer");
            } else {
                v.put("value", String.valueOf(value));
            }
        });
        return "{\"variables\":" + variables + "}";
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
