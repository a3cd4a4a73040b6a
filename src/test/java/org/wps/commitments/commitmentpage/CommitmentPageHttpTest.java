package org.wps.commitments.commitmentpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.Http;

/**
 * {@code /commitments/{reference}} and {@code /api/commitments/{reference}/timeline} on the running server: a
 * commitment worked through signing, a validated plan, a missed deadline accepted anew on escalation and a
 * deadline moved over the API shows both deadlines with every revision, the escalation, who completed which task,
 * and the way to Cockpit; other missions' users and unknown references get a 404, managers see it.
 */
@TrackerTest
class CommitmentPageHttpTest {

    private static final String API_REASON = "Funding arrives in the second quarter.";

    @LocalServerPort
    int port;

    @Autowired
    WorkedCommitment worked;

    Http http;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void thePageShowsDeadlinesEscalationsTimelineAndTheWayToCockpit() throws Exception {
        String reference = worked.withDeadlineAcceptedOnEscalation();
        JsonNode commitment =
                http.get("/api/commitments/" + reference, "unmissAdviser").json();
        long activityId = commitment
                .path("plans")
                .get(0)
                .path("activities")
                .get(0)
                .path("id")
                .asLong();
        var moved = http.patchJson(
                "/api/activities/" + activityId + "/deadline",
                "unmissAdviser",
                "{\"deadline\":\"2027-03-31\",\"reason\":\"" + API_REASON + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        HttpResponse<String> page = page("/commitments/" + reference, "unmissAdviser");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        String html = page.body();
        assertThat(html)
                .contains("<span id=\"reference\">" + reference + "</span>")
                .contains("<strong id=\"stage\">IMPLEMENTATION</strong>")
                .contains("(<span>GOV-SSD</span>)")
                .contains("UNMISS/JC/2027/01")
                .contains("name=\"_csrf\"")
                .contains("href=\"/dashboard\"")
                .contains("/camunda/app/cockpit/default/#/process-instance/"
                        + commitment
                                .path("commitment")
                                .path("processInstanceId")
                                .asText());

        String row = element(html, "<tr id=\"activity-A01\"");
        assertThat(row)
                .contains("<td class=\"cp-original\">" + WorkedCommitment.DEADLINE + "</td>")
                .contains("<strong class=\"cp-deadline\">2027-03-31</strong>")
                .contains(WorkedCommitment.DEADLINE + "</span> → <span>" + WorkedCommitment.ACCEPTED)
                .contains("escalation", "unmissSenior", WorkedCommitment.ACCEPTANCE_NOTE)
                .contains(WorkedCommitment.ACCEPTED + "</span> → <span>2027-03-31")
                .contains("API", "unmissAdviser", API_REASON)
                .contains("Issue command order", "Ministry of Defence", "Chain of command orders");

        String escalation = element(html, "<tr class=\"cp-escalation\"");
        assertThat(escalation)
                .contains(reference + " A01: Issue command order")
                .contains("<td>1</td>", "seniorAdvisers", "Accept new deadline", WorkedCommitment.ACCEPTED.toString())
                .contains("<td>unmissSenior</td>");

        List<String> events = elements(html, "<li class=\"cp-event\"");
        assertThat(events).anySatisfy(e -> assertThat(e)
                .contains("Task completed: Record signing")
                .contains("by <span>unmissAdviser</span>"));
        assertThat(events).anySatisfy(e -> assertThat(e)
                .contains("Task completed: Clear commitment text")
                .contains("by <span>osrsgDesk</span>"));
        assertThat(events).anySatisfy(e -> assertThat(e)
                .contains("Task completed: Decide on overdue item (level 1)")
                .contains("by <span>unmissSenior</span>"));
        assertThat(events).anySatisfy(e -> assertThat(e).contains("Timer fired: Deadline passed"));
        assertThat(events).anySatisfy(e -> assertThat(e).contains("datetime=\"20"));
        assertThat(element(html, "<section id=\"position\"")).contains("Report activity progress");
    }

    @Test
    void theTimelineApi_listsWhoDidWhatWhenNewestFirst() {
        String reference = worked.withDeadlineAcceptedOnEscalation();

        var response = http.get("/api/commitments/" + reference.toLowerCase() + "/timeline", "unmissSenior");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("reference").asText()).isEqualTo(reference);
        List<JsonNode> entries = StreamSupport.stream(
                        response.json().path("entries").spliterator(), false)
                .toList();
        List<Instant> times =
                entries.stream().map(e -> Instant.parse(e.path("at").asText())).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("TASK_COMPLETED");
            assertThat(e.path("what").asText()).startsWith("Task completed: Review draft");
            assertThat(e.path("who").asText()).isEqualTo("unmissSenior");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("TASK_COMPLETED");
            assertThat(e.path("what").asText()).startsWith("Task completed: Validate implementation plan");
            assertThat(e.path("who").asText()).isEqualTo("unmissSenior");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("TIMER_FIRED");
            assertThat(e.path("what").asText()).contains("Level threshold reached");
            assertThat(e.path("at").asText()).isEqualTo(WorkedCommitment.DEADLINE.plusDays(14) + "T00:00:00Z");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("ESCALATION_DECIDED");
            assertThat(e.path("what").asText()).contains("Accept new deadline", WorkedCommitment.ACCEPTED.toString());
            assertThat(e.path("who").asText()).isEqualTo("unmissSenior");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("DEADLINE_CHANGED");
            assertThat(e.path("what").asText())
                    .isEqualTo("Deadline of A01 moved from " + WorkedCommitment.DEADLINE + " to "
                            + WorkedCommitment.ACCEPTED + " (escalation)");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("DECISION");
            assertThat(e.path("what").asText()).isEqualTo("Clearance: Clear");
            assertThat(e.path("who").asText()).isEqualTo("osrsgDesk");
        });
        assertThat(entries)
                .extracting(e -> e.path("kind").asText())
                .contains("PROCESS_STARTED", "TASK_CREATED", "ESCALATION_OPENED");
        var manager = http.get("/api/commitments/" + reference + "/timeline", "manager");
        assertThat(manager.status()).isEqualTo(200);
        assertThat(manager.json().path("entries")).hasSameSizeAs(response.json().path("entries"));
    }

    @Test
    void otherMissionsUnknownReferencesAndAnonymousCallers_getNothing() throws Exception {
        String reference = worked.withDeadlineAcceptedOnEscalation();

        HttpResponse<String> otherMission = page("/commitments/" + reference, "minusmaAdviser");
        assertThat(otherMission.statusCode()).isEqualTo(404);
        assertThat(otherMission.body())
                .contains("No commitment &#39;" + reference + "&#39; in your missions.")
                .doesNotContain("Issue command order");
        var otherTimeline = http.get("/api/commitments/" + reference + "/timeline", "minusmaSenior");
        assertThat(otherTimeline.status()).isEqualTo(404);
        assertThat(otherTimeline.json().path("detail").asText())
                .isEqualTo("No commitment '" + reference + "' in your missions.");

        HttpResponse<String> unknown = page("/commitments/UNMISS-NOPE-1999", "unmissAdviser");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No commitment &#39;UNMISS-NOPE-1999&#39; in your missions.");
        assertThat(http.get("/api/commitments/UNMISS-NOPE-1999/timeline", "unmissAdviser")
                        .status())
                .isEqualTo(404);

        HttpResponse<String> markup = page("/commitments/%3Cb%3Ebold", "unmissAdviser");
        assertThat(markup.statusCode()).isEqualTo(404);
        assertThat(markup.body()).contains("&lt;b&gt;bold").doesNotContain("<b>bold");

        HttpResponse<String> manager = page("/commitments/" + reference, "manager");
        assertThat(manager.statusCode()).isEqualTo(200);
        assertThat(manager.body()).contains("Issue command order");

        HttpResponse<String> anonymous = page("/commitments/" + reference, null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(http.get("/api/commitments/" + reference + "/timeline", null).status())
                .isEqualTo(401);
    }

    private HttpResponse<String> page(String path, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (user != null) {
            request.header("Authorization", Http.basic(user));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The markup from {@code start} to the end of its element (its first closing tag of the same name). */
    private static String element(String html, String start) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        String tag = start.substring(1, start.indexOf(' '));
        int to = html.indexOf("</" + tag + ">", from);
        return html.substring(from, to);
    }

    private static List<String> elements(String html, String start) {
        var found = new ArrayList<String>();
        Arrays.stream(html.split(java.util.regex.Pattern.quote(start)))
                .skip(1)
                .forEach(part -> found.add(part.substring(0, part.indexOf("</li>"))));
        return found;
    }
}
