package org.wps.commitments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.overdue.DueBucket;
import org.wps.commitments.overdue.OverdueFilter;
import org.wps.commitments.overdue.OverduePage;
import org.wps.commitments.overdue.OverdueRow;
import org.wps.commitments.overdue.OverdueSeed;
import org.wps.commitments.overdue.OverdueService;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * The overdue view's benchmark (W2) in small, in {@code mvn verify}: on 300 seeded open commitments of one party (30
 * overdue), our query, the naive engine approach and {@code GET /api/overdue} give the same first page, row for row
 * and column for column. Correctness only: {@code OverdueViewBench} measures time.
 */
@TrackerTest
class OverdueViewSmokeTest {

    static final int COMMITMENTS = 300;
    static final Set<String> ALL_MISSIONS = Set.of("UNMISS", "MINUSMA", "UNSOM", "MONUSCO", "MINUSCA");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    CommitmentsProperties properties;

    @Autowired
    OverdueService overdue;

    @Autowired
    OverdueSeed parties;

    OverdueViewSeed seed;
    String prefix;
    String party;
    String deploymentId;

    @BeforeEach
    void seedCommitments() {
        seed = new OverdueViewSeed(engine, jdbc, transactions, clock);
        prefix = "SMOKE-" + UUID.randomUUID().toString().substring(0, 8);
        party = parties.party("UNMISS");
        deploymentId = seed.deploy();
        seed.seed(prefix, List.of(new OverdueViewSeed.Party(party, "UNMISS")), 0, COMMITMENTS);
    }

    @AfterEach
    void removeThem() {
        seed.remove(prefix, deploymentId);
        parties.removeAll();
    }

    @Test
    void naiveApproachGivesTheSameFirstPageAsOurQuery() {
        NaiveOverdueView naive = new NaiveOverdueView(engine.getTaskService(), jdbc, clock, properties.timeZone());

        OverduePage ours = overdue.page(
                new OverdueFilter(ALL_MISSIONS, null, party, null, null, DueBucket.OVERDUE, 0, 50, ALL_MISSIONS));
        OverduePage theirs = naive.firstPage(ALL_MISSIONS, 50);

        assertThat(ours.total()).isEqualTo(COMMITMENTS / 10);
        assertThat(ours.items()).hasSize(COMMITMENTS / 10);
        assertThat(ours.items()).extracting(OverdueRow::taskId).doesNotContainNull();
        assertThat(ours.items()).extracting(OverdueRow::responsible).contains(OverdueViewSeed.ASSIGNEE, "osrsgSvc");
        assertThat(ours.items()).extracting(OverdueRow::escalationLevel).contains(0, 1, 2, 3);
        assertThat(ours.items()).extracting(OverdueRow::suspended).contains(true, false);
        assertThat(ours.items().get(0).commitmentReference()).isEqualTo(prefix + "-" + (COMMITMENTS - 7));
        assertThat(theirs).isEqualTo(ours);
    }

    @Test
    void smallerPagesAgreeToo() {
        NaiveOverdueView naive = new NaiveOverdueView(engine.getTaskService(), jdbc, clock, properties.timeZone());

        OverduePage ours = overdue.page(
                new OverdueFilter(ALL_MISSIONS, null, party, null, null, DueBucket.OVERDUE, 0, 7, ALL_MISSIONS));

        assertThat(ours.items()).hasSize(7);
        assertThat(naive.firstPage(ALL_MISSIONS, 7)).isEqualTo(ours);
    }

    @Test
    void apiOverdueListsTheSameRows() throws Exception {
        OverduePage ours = overdue.page(
                new OverdueFilter(ALL_MISSIONS, null, party, null, null, DueBucket.OVERDUE, 0, 50, ALL_MISSIONS));

        OverdueHttp http = new OverdueHttp(port, "manager");
        JsonNode page = new ObjectMapper().readTree(http.firstPage("?party=" + party));

        assertThat(page.get("total").asLong()).isEqualTo(ours.total());
        List<String> references = new ArrayList<>();
        page.get("items")
                .forEach(item -> references.add(item.get("commitmentReference").asText()));
        assertThat(references)
                .containsExactlyElementsOf(ours.items().stream()
                        .map(OverdueRow::commitmentReference)
                        .toList());
    }
}
