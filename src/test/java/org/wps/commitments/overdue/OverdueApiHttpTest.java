package org.wps.commitments.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.testing.Csv;
import org.wps.commitments.testing.Http;

/**
 * {@code GET /api/overdue} and {@code GET /api/stats} on the running server: every kind of late item sorted by days
 * overdue, each filter, the buckets, paging, CSV with the same rows as JSON, plain 400s for bad filters, and mission
 * boundaries on every endpoint of the overdue view (API, CSV, dashboard page and its export).
 */
@TrackerTest
class OverdueApiHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    OverdueSeed seed;

    @org.junit.jupiter.api.AfterEach
    void removeSeededRows() {
        seed.removeAll();
    }

    /** One party's rows: six overdue (one of each kind and more), one due soon, one without a due date. */
    record Seeded(String party, String late, String implementing, String pillar) {}

    private Seeded seedUnmiss() {
        String party = seed.party("UNMISS");
        String late = "UNMISS-T-LATE-" + UUID.randomUUID();
        String implementing = "UNMISS-T-IMPL-" + UUID.randomUUID();
        String pillar = "Pillar " + party;
        seed.commitment("UNMISS", party, late, "AWAITING_SIGNATURE", -100);
        long c2 = seed.commitment("UNMISS", party, implementing, "IMPLEMENTATION", null);
        long plan = seed.plan(c2);
        long a1 = seed.activity(plan, c2, "UNMISS", "A1", "Issue command order", pillar, -40, "IN_PROGRESS", 1);
        seed.activity(plan, c2, "UNMISS", "A2", "Train commanders", "Response", -10, "PLANNED", 0);
        seed.activity(plan, c2, "UNMISS", "A3", "Completed work", "Response", -5, "COMPLETED", 0);
        seed.activity(plan, c2, "UNMISS", "A4", "Vet recruits", "Response", 3, "PLANNED", 0);
        seed.activity(plan, c2, "UNMISS", "=A5", "HYPERLINK(\"x\")", "Response", -200, "BLOCKED", 2);
        seed.escalation(c2, "UNMISS", a1, 1, -2);
        seed.review(c2, "UNMISS", 20);
        return new Seeded(party, late, implementing, pillar);
    }

    @Test
    void overdueListsEveryKindOfTheMissionSortedByDaysOverdue() {
        Seeded s = seedUnmiss();
        Http http = new Http(port);

        JsonNode page = http.get("/api/overdue?party=" + s.party(), "manager").json();

        assertThat(page.get("total").asLong()).isEqualTo(6);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        JsonNode items = page.get("items");
        assertThat(field(items, "kind"))
                .containsExactly("ACTIVITY", "COMMITMENT", "ACTIVITY", "REVIEW", "ACTIVITY", "ESCALATION");
        assertThat(field(items, "daysOverdue")).containsExactly("200", "100", "40", "20", "10", "2");
        assertThat(field(items, "escalationLevel")).containsExactly("2", "0", "1", "0", "0", "1");
        JsonNode commitment = items.get(1);
        assertThat(commitment.get("commitmentReference").asText()).isEqualTo(s.late());
        assertThat(commitment.get("mission").asText()).isEqualTo("UNMISS");
        assertThat(commitment.get("partyName").asText()).isEqualTo("Test party " + s.party());
        assertThat(commitment.get("stage").asText()).isEqualTo("AWAITING_SIGNATURE");
        assertThat(commitment.get("responsible").asText()).isEqualTo("advisers");
        assertThat(commitment.get("dueDate").asText())
                .isEqualTo(seed.today().minusDays(100).toString());
        assertThat(commitment.get("commitmentUrl").asText()).isEqualTo("/commitments/" + s.late());
        JsonNode activity = items.get(2);
        assertThat(activity.get("item").asText()).isEqualTo("A1 Issue command order");
        assertThat(activity.get("pillar").asText()).isEqualTo(s.pillar());
        JsonNode escalation = items.get(5);
        assertThat(escalation.get("responsible").asText()).isEqualTo("seniorAdvisers");
        assertThat(escalation.get("cockpitUrl").asText())
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/seed-ladder");
        assertThat(escalation.get("taskUrl").isNull()).as("no open task").isTrue();
    }

    @Test
    void filtersAndBucketsNarrowTheRows() {
        Seeded s = seedUnmiss();
        Http http = new Http(port);
        String base = "/api/overdue?party=" + s.party();

        assertThat(field(
                        http.get(base + "&pillar=" + s.pillar().replace(" ", "%20"), "manager")
                                .json()
                                .get("items"),
                        "item"))
                .containsExactly("A1 Issue command order");
        assertThat(field(http.get(base + "&level=2", "manager").json().get("items"), "kind"))
                .containsExactly("ACTIVITY");
        assertThat(field(http.get(base + "&level=0", "manager").json().get("items"), "kind"))
                .containsExactly("COMMITMENT", "REVIEW", "ACTIVITY");
        assertThat(http.get(base + "&mission=unmiss", "manager")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(6);
        assertThat(http.get(base + "&mission=MINUSMA", "manager")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        JsonNode soon = http.get(base + "&bucket=due_soon", "manager").json().get("items");
        assertThat(field(soon, "item")).containsExactly("A4 Vet recruits");
        assertThat(field(soon, "daysOverdue")).containsExactly("-3");
        JsonNode undated =
                http.get(base + "&bucket=NO_DUE_DATE", "manager").json().get("items");
        assertThat(field(undated, "commitmentReference")).containsExactly(s.implementing());
        assertThat(undated.get(0).get("daysOverdue").isNull()).isTrue();
    }

    @Test
    void pagesSplitTheSortedRows() {
        Seeded s = seedUnmiss();
        Http http = new Http(port);
        String base = "/api/overdue?party=" + s.party();

        JsonNode first = http.get(base + "&size=4&page=0", "manager").json();
        JsonNode second = http.get(base + "&size=4&page=1", "manager").json();
        JsonNode third = http.get(base + "&size=4&page=2", "manager").json();

        assertThat(first.get("total").asLong()).isEqualTo(6);
        assertThat(field(first.get("items"), "daysOverdue")).containsExactly("200", "100", "40", "20");
        assertThat(field(second.get("items"), "daysOverdue")).containsExactly("10", "2");
        assertThat(third.get("items")).isEmpty();
    }

    @Test
    void csvHoldsTheSameRowsAsJsonWithFormulasNeutralised() {
        Seeded s = seedUnmiss();
        Http http = new Http(port);
        String path = "/api/overdue?party=" + s.party() + "&size=5&page=0";

        JsonNode items = http.get(path, "manager").json().get("items");
        Http.Response csv = http.get(path, "manager", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<List<String>> lines = Csv.parse(csv.body());
        assertThat(lines.get(0)).startsWith("kind", "mission", "party_code", "party_name", "commitment_reference");
        assertThat(lines).hasSize(1 + items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            List<String> line = lines.get(i + 1);
            assertThat(line.get(0)).isEqualTo(item.get("kind").asText());
            assertThat(line.get(1)).isEqualTo(item.get("mission").asText());
            assertThat(line.get(4)).isEqualTo(item.get("commitmentReference").asText());
            assertThat(line.get(9)).isEqualTo(item.get("dueDate").asText());
            assertThat(line.get(10)).isEqualTo(item.get("daysOverdue").asText());
            assertThat(line.get(11)).isEqualTo(item.get("escalationLevel").asText());
            String shown = item.get("item").asText();
            assertThat(line.get(5)).isEqualTo(shown.startsWith("=") ? "'" + shown : shown);
        }
        assertThat(lines.get(1).get(5)).as("a formula is neutralised").isEqualTo("'=A5 HYPERLINK(\"x\")");
        Http.Response export = http.get("/dashboard/export.csv?party=" + s.party() + "&size=5&page=0", "manager");
        assertThat(export.body()).isEqualTo(csv.body());
    }

    @Test
    void badFiltersAreRefusedWithAPlainMessage() {
        Http http = new Http(port);

        for (String query :
                List.of("level=4", "level=-1", "level=high", "bucket=late", "page=-1", "size=0", "size=501")) {
            Http.Response response = http.get("/api/overdue?" + query, "manager");
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).as(query).startsWith("Please correct the following:");
        }
        assertThat(http.get("/api/overdue?bucket=late", "manager")
                        .json()
                        .get("detail")
                        .asText())
                .contains("overdue, due_soon or no_due_date");
        assertThat(http.get("/api/overdue?level=9", "manager", "text/csv").status())
                .isEqualTo(400);
        assertThat(http.get("/api/stats?level=9", "manager").status()).isEqualTo(400);
        assertThat(http.get("/api/overdue", null).status()).isEqualTo(401);
        assertThat(http.get("/api/stats", null).status()).isEqualTo(401);
    }

    @Test
    void statsCountTheChartsOfTheFilter() {
        Seeded s = seedUnmiss();
        Http http = new Http(port);

        JsonNode stats = http.get("/api/stats?party=" + s.party(), "manager").json();

        assertThat(stats.get("overdue").asLong()).isEqualTo(6);
        assertThat(stats.get("dueSoon").asLong()).isEqualTo(1);
        assertThat(stats.get("withoutDueDate").asLong()).isEqualTo(1);
        assertThat(stats.get("overdueByMission").get("UNMISS").asLong()).isEqualTo(6);
        assertThat(stats.get("overdueByMission").get("MINUSMA").asLong()).isZero();
        JsonNode ages = stats.get("overdueByAge");
        assertThat(ages.get("UP_TO_30").asLong()).isEqualTo(3);
        assertThat(ages.get("FROM_31_TO_90").asLong()).isEqualTo(1);
        assertThat(ages.get("FROM_91_TO_180").asLong()).isEqualTo(1);
        assertThat(ages.get("OVER_180").asLong()).isEqualTo(1);
        JsonNode stages = stats.get("commitmentsByStage");
        assertThat(stages.get("AWAITING_SIGNATURE").asLong()).isEqualTo(1);
        assertThat(stages.get("IMPLEMENTATION").asLong()).isEqualTo(1);
        assertThat(stages.get("ENGAGEMENT").asLong()).isZero();
    }

    @Test
    void everyEndpointKeepsToTheCallersMissions() {
        Seeded unmiss = seedUnmiss();
        String minusmaParty = seed.party("MINUSMA");
        long c = seed.commitment("MINUSMA", minusmaParty, "MINUSMA-T-" + UUID.randomUUID(), "IMPLEMENTATION", null);
        seed.activity(seed.plan(c), c, "MINUSMA", "M1", "Malian order", "Prevention", -15, "PLANNED", 0);
        Http http = new Http(port);

        JsonNode unmissView = http.get("/api/overdue?size=500", "unmissSenior").json();
        assertThat(field(unmissView.get("items"), "mission")).isNotEmpty().containsOnly("UNMISS");
        assertThat(field(unmissView.get("items"), "partyCode")).doesNotContain(minusmaParty);
        assertThat(http.get("/api/overdue?party=" + minusmaParty, "unmissSenior")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(http.get("/api/overdue?party=" + unmiss.party(), "minusmaSenior")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(http.get("/api/overdue?party=" + minusmaParty, "minusmaSenior")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/overdue?party=" + unmiss.party(), "unmissAdviser")
                        .json()
                        .get("total")
                        .asLong())
                .as("advisers see their own mission")
                .isEqualTo(6);
        assertThat(http.get("/api/overdue", "designer").json().get("total").asLong())
                .as("no mission, no rows")
                .isZero();
        // the manager belongs to every mission
        assertThat(http.get("/api/overdue?party=" + minusmaParty, "manager")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/overdue?party=" + unmiss.party(), "manager")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(6);

        // another mission, named: as if it did not exist
        Http.Response named = http.get("/api/overdue?mission=MINUSMA", "unmissSenior");
        assertThat(named.status()).isEqualTo(404);
        assertThat(named.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/stats?mission=MINUSMA", "unmissSenior").status())
                .isEqualTo(404);
        assertThat(http.get("/api/overdue?mission=MINUSMA", "unmissSenior", "text/csv")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/dashboard?mission=MINUSMA", "unmissSenior", "text/html")
                        .status())
                .isEqualTo(404);

        JsonNode stats = http.get("/api/stats", "unmissSenior").json();
        assertThat(names(stats.get("overdueByMission"))).containsExactly("UNMISS");
        assertThat(http.get("/api/overdue?party=" + minusmaParty, "unmissSenior", "text/csv")
                        .body())
                .doesNotContain(minusmaParty)
                .doesNotContain("MINUSMA");
        assertThat(http.get("/dashboard/export.csv?size=500", "unmissSenior").body())
                .doesNotContain(minusmaParty)
                .contains(unmiss.party());
        String page =
                http.get("/dashboard?size=500", "unmissSenior", "text/html").body();
        assertThat(page).contains(unmiss.late()).doesNotContain(minusmaParty);
        assertThat(http.get("/dashboard?size=500", "minusmaSenior", "text/html").body())
                .contains(minusmaParty)
                .doesNotContain(unmiss.party());
    }

    private static List<String> field(JsonNode items, String name) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(name).asText()));
        return values;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
