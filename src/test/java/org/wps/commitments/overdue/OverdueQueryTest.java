package org.wps.commitments.overdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.overdue.OverdueQuery.Found;

/**
 * The overdue view's SQL on its own, on rows seeded straight into the domain tables for a party of each test's
 * own: which rows each kind lists, the buckets, every filter, the order and the pages, the counts behind the
 * dashboard, mission scoping, and strictly confidential items kept out of a party's rows for those not cleared.
 * Redacting such an item's content is the service's work (OverdueApiHttpTest, ConfidentialityHttpTest); the query
 * only hands it the row's sensitivity.
 */
@TrackerTest
class OverdueQueryTest {

    private static final String MISSION = "UNMISS";
    private static final String OTHER_MISSION = "MINUSMA";
    private static final ZoneId ZONE = ZoneOffset.UTC;

    @Autowired
    OverdueQuery query;

    @Autowired
    OverdueSeed seed;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    String party;
    Instant now;

    @BeforeEach
    void ownParty() {
        party = seed.party(MISSION);
        now = clock.instant();
    }

    @AfterEach
    void removeSeeded() {
        seed.removeAll();
    }

    @Test
    void overduePage_listsEveryKindOfTheParty_inDueOrder() {
        long commitment = seed.commitment(MISSION, party, party + "-C", "DRAFTING", -10);
        long plan = seed.plan(commitment);
        long activity = seed.activity(plan, commitment, MISSION, "A1", "Issue orders", "PREVENTION", -20, "BLOCKED", 1);
        seed.escalation(commitment, MISSION, activity, 1, -5);
        seed.review(commitment, MISSION, 15);
        seed.concern(commitment, MISSION, party + "-K", -2);

        List<Found> rows = query.page(filter(DueBucket.OVERDUE), now, ZONE);

        assertThat(rows)
                .extracting(Found::kind, Found::reference, Found::level)
                .containsExactly(
                        tuple(OverdueKind.ACTIVITY, party + "-C", 1),
                        tuple(OverdueKind.REVIEW, party + "-C", 0),
                        tuple(OverdueKind.COMMITMENT, party + "-C", 0),
                        tuple(OverdueKind.ESCALATION, party + "-C", 1),
                        tuple(OverdueKind.CONCERN, party + "-C", 0));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.mission()).isEqualTo(MISSION);
            assertThat(row.partyCode()).isEqualTo(party);
            assertThat(row.partyName()).isEqualTo("Test party " + party);
            assertThat(row.suspended()).isFalse();
            assertThat(row.sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
        });
        Found activityRow = rows.get(0);
        assertThat(activityRow.item()).isEqualTo("A1 Issue orders");
        assertThat(activityRow.pillar()).isEqualTo("PREVENTION");
        assertThat(activityRow.dueDay()).isEqualTo(seed.today().minusDays(20));
        assertThat(activityRow.dueAt()).isNull();
        Found commitmentRow = rows.get(2);
        assertThat(commitmentRow.stage()).isEqualTo("DRAFTING");
        assertThat(commitmentRow.responsible()).isEqualTo("advisers");
        assertThat(commitmentRow.dueAt()).isNotNull().isBefore(now);
        assertThat(rows.get(4).item()).isEqualTo("Compliance concern " + party + "-K");
        assertThat(rows.get(4).responsible()).isEqualTo("seniorAdvisers");
        assertThat(query.count(filter(DueBucket.OVERDUE), DueBucket.OVERDUE, now, ZONE))
                .isEqualTo(5);
    }

    @Test
    void closedItems_andWorkNotYetLate_areNotOverdue() {
        seed.commitment(MISSION, party, party + "-F", "FULFILLED", -30);
        long open = seed.commitment(MISSION, party, party + "-O", "DRAFTING", 20);
        long plan = seed.plan(open);
        seed.activity(plan, open, MISSION, "A1", "Done already", "PREVENTION", -30, "COMPLETED", 0);
        seed.activity(plan, open, MISSION, "A2", "Due later", "PREVENTION", 30, "PLANNED", 0);

        assertThat(query.page(filter(DueBucket.OVERDUE), now, ZONE)).isEmpty();
        assertThat(query.count(filter(DueBucket.OVERDUE), DueBucket.OVERDUE, now, ZONE))
                .isZero();
        assertThat(query.commitmentsByStage(filter(DueBucket.OVERDUE)))
                .as("open commitments of the party, per stage")
                .containsExactly(Map.entry("DRAFTING", 1L));
    }

    @Test
    void dueSoon_isTheNextSevenDays_andNoDueDateIsTheUndatedCommitments() {
        long soon = seed.commitment(MISSION, party, party + "-S", "SENIOR_REVIEW", 3);
        long plan = seed.plan(soon);
        seed.activity(plan, soon, MISSION, "A1", "Due in a week", "PREVENTION", 7, "PLANNED", 0);
        seed.activity(plan, soon, MISSION, "A2", "Due in eight days", "PREVENTION", 8, "PLANNED", 0);
        seed.commitment(MISSION, party, party + "-U", "IMPLEMENTATION", null);

        assertThat(query.page(filter(DueBucket.DUE_SOON), now, ZONE))
                .extracting(Found::kind, Found::item, Found::responsible)
                .containsExactly(
                        tuple(OverdueKind.COMMITMENT, "Seeded commitment " + party + "-S", "seniorAdvisers"),
                        tuple(OverdueKind.ACTIVITY, "A1 Due in a week", "advisers"));
        assertThat(query.page(filter(DueBucket.NO_DUE_DATE), now, ZONE))
                .extracting(Found::kind, Found::reference, Found::dueAt, Found::dueDay)
                .containsExactly(tuple(OverdueKind.COMMITMENT, party + "-U", null, null));
        assertThat(query.page(filter(DueBucket.OVERDUE), now, ZONE)).isEmpty();
        assertThat(query.count(filter(DueBucket.OVERDUE), DueBucket.DUE_SOON, now, ZONE))
                .isEqualTo(2);
        assertThat(query.count(filter(DueBucket.OVERDUE), DueBucket.NO_DUE_DATE, now, ZONE))
                .isEqualTo(1);
    }

    @Test
    void pillarAndLevelFilters_keepOnlyTheRowsThatHaveThem() {
        long commitment = seed.commitment(MISSION, party, party + "-C", "DRAFTING", -10);
        long plan = seed.plan(commitment);
        seed.activity(plan, commitment, MISSION, "A1", "Prevention work", "PREVENTION", -3, "PLANNED", 0);
        long escalated =
                seed.activity(plan, commitment, MISSION, "A2", "Justice work", "ACCOUNTABILITY", -40, "PLANNED", 2);
        seed.escalation(commitment, MISSION, escalated, 2, -1);

        assertThat(query.page(with("ACCOUNTABILITY", null), now, ZONE))
                .as("only activities have a pillar")
                .extracting(Found::kind, Found::item)
                .containsExactly(tuple(OverdueKind.ACTIVITY, "A2 Justice work"));
        assertThat(query.page(with(null, 2), now, ZONE))
                .extracting(Found::kind, Found::level)
                .containsExactly(tuple(OverdueKind.ACTIVITY, 2), tuple(OverdueKind.ESCALATION, 2));
        assertThat(query.page(with(null, 0), now, ZONE))
                .extracting(Found::kind)
                .containsExactly(OverdueKind.COMMITMENT, OverdueKind.ACTIVITY);
        assertThat(query.page(with("NO-SUCH-PILLAR", null), now, ZONE)).isEmpty();
        assertThat(query.pillars(Set.of(MISSION))).contains("ACCOUNTABILITY", "PREVENTION");
    }

    @Test
    void pages_cutTheSameOrder_andEndEmpty() {
        long commitment = seed.commitment(MISSION, party, party + "-C", "DRAFTING", -1);
        long plan = seed.plan(commitment);
        for (int i = 1; i <= 6; i++) {
            seed.activity(plan, commitment, MISSION, "A" + i, "Activity", "PREVENTION", -10 * i, "PLANNED", 0);
        }
        List<Found> all = query.page(filter(DueBucket.OVERDUE), now, ZONE);
        assertThat(all).hasSize(7);

        List<Found> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<Found> rows = query.page(paged(page, 3), now, ZONE);
            assertThat(rows).as("page %d", page).hasSizeLessThanOrEqualTo(3);
            paged.addAll(rows);
        }
        assertThat(paged)
                .extracting(Found::kind, Found::id)
                .containsExactlyElementsOf(
                        all.stream().map(f -> tuple(f.kind(), f.id())).toList());
        assertThat(query.page(paged(3, 3), now, ZONE)).as("past the last page").isEmpty();
        assertThat(all)
                .extracting(Found::dueDay)
                .filteredOn(java.util.Objects::nonNull)
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(query.count(paged(2, 3), DueBucket.OVERDUE, now, ZONE))
                .as("counts ignore the page")
                .isEqualTo(7);
    }

    @Test
    void missionScoping_otherMissionsPartiesAndUnknownMissionsFindNothing() {
        String otherParty = seed.party(OTHER_MISSION);
        long other = seed.commitment(OTHER_MISSION, otherParty, otherParty + "-C", "DRAFTING", -10);
        seed.commitment(MISSION, party, party + "-C", "DRAFTING", -10);

        var theirsAsked = new OverdueFilter(
                Set.of(MISSION), MISSION, otherParty, null, null, DueBucket.OVERDUE, 0, 50, Set.of(MISSION));
        assertThat(query.page(theirsAsked, now, ZONE)).isEmpty();
        assertThat(query.count(theirsAsked, DueBucket.OVERDUE, now, ZONE)).isZero();

        var theirs = new OverdueFilter(
                Set.of(OTHER_MISSION), OTHER_MISSION, otherParty, null, null, DueBucket.OVERDUE, 0, 50, Set.of());
        assertThat(query.page(theirs, now, ZONE)).extracting(Found::id).containsExactly(other);

        for (Set<String> missions : List.of(Set.<String>of(), Set.of("NO-SUCH-MISSION"), Set.of("UNMISS' or '1'='1"))) {
            var filter = new OverdueFilter(missions, null, party, null, null, DueBucket.OVERDUE, 0, 50, Set.of());
            assertThat(query.page(filter, now, ZONE)).as("%s", missions).isEmpty();
            assertThat(query.count(filter, DueBucket.OVERDUE, now, ZONE))
                    .as("%s", missions)
                    .isZero();
            assertThat(query.overdueByMissionAndKind(filter, now, ZONE))
                    .as("%s", missions)
                    .isEmpty();
            assertThat(query.overdueByMissionAndAge(filter, now, ZONE))
                    .as("%s", missions)
                    .isEmpty();
            assertThat(query.commitmentsByStage(filter)).as("%s", missions).isEmpty();
        }
        assertThat(query.pillars(Set.of())).isEmpty();
    }

    @Test
    void strictlyConfidentialItems_leaveAPartysRows_unlessTheCallerIsCleared() {
        long strict = seed.commitment(MISSION, party, party + "-X", "DRAFTING", -4000);
        jdbc.update("update commitment set sensitivity = 'STRICTLY_CONFIDENTIAL' where id = ?", strict);
        seed.review(strict, MISSION, 3990);
        seed.commitment(MISSION, party, party + "-P", "DRAFTING", -2);

        var notCleared =
                new OverdueFilter(Set.of(MISSION), MISSION, party, null, null, DueBucket.OVERDUE, 0, 50, Set.of());
        assertThat(query.page(notCleared, now, ZONE))
                .extracting(Found::reference)
                .containsExactly(party + "-P");
        assertThat(query.count(notCleared, DueBucket.OVERDUE, now, ZONE)).isEqualTo(1);

        var cleared = new OverdueFilter(
                Set.of(MISSION), MISSION, party, null, null, DueBucket.OVERDUE, 0, 50, Set.of(MISSION));
        assertThat(query.page(cleared, now, ZONE))
                .extracting(Found::kind, Found::reference, Found::sensitivity)
                .containsExactly(
                        tuple(OverdueKind.COMMITMENT, party + "-X", Sensitivity.STRICTLY_CONFIDENTIAL),
                        tuple(OverdueKind.REVIEW, party + "-X", Sensitivity.STRICTLY_CONFIDENTIAL),
                        tuple(OverdueKind.COMMITMENT, party + "-P", Sensitivity.CONFIDENTIAL));

        // without a party or pillar the item counts in its mission's rows, its sensitivity handed on for redaction
        var missionOnly =
                new OverdueFilter(Set.of(MISSION), MISSION, null, null, null, DueBucket.OVERDUE, 0, 5, Set.of());
        assertThat(query.page(missionOnly, now, ZONE))
                .as("the oldest overdue rows of the mission")
                .filteredOn(row -> row.reference().equals(party + "-X"))
                .extracting(Found::kind, Found::sensitivity)
                .contains(tuple(OverdueKind.COMMITMENT, Sensitivity.STRICTLY_CONFIDENTIAL));
    }

    @Test
    void dashboardCounts_groupThePartysOverdueRowsByKindAndAge() {
        long commitment = seed.commitment(MISSION, party, party + "-C", "DRAFTING", -100);
        long plan = seed.plan(commitment);
        seed.activity(plan, commitment, MISSION, "A1", "Recent", "PREVENTION", -20, "PLANNED", 0);
        seed.activity(plan, commitment, MISSION, "A2", "Old", "PREVENTION", -200, "PLANNED", 0);
        seed.review(commitment, MISSION, 45);
        jdbc.update("update commitment set suspended_at = ? where id = ?", java.sql.Timestamp.from(now), commitment);

        assertThat(query.overdueByMissionAndKind(filter(DueBucket.OVERDUE), now, ZONE))
                .containsOnlyKeys(MISSION)
                .extractingByKey(MISSION)
                .isEqualTo(Map.of(OverdueKind.COMMITMENT, 1L, OverdueKind.ACTIVITY, 2L, OverdueKind.REVIEW, 1L));
        assertThat(query.overdueByMissionAndAge(filter(DueBucket.OVERDUE), now, ZONE))
                .containsOnlyKeys(MISSION)
                .extractingByKey(MISSION)
                .isEqualTo(Map.of(
                        AgeBucket.UP_TO_30, 1L,
                        AgeBucket.FROM_31_TO_90, 1L,
                        AgeBucket.FROM_91_TO_180, 1L,
                        AgeBucket.OVER_180, 1L));
        assertThat(query.page(filter(DueBucket.OVERDUE), now, ZONE))
                .as("a suspended commitment's rows say so")
                .extracting(Found::suspended)
                .containsOnly(true);
    }

    private OverdueFilter filter(DueBucket bucket) {
        return new OverdueFilter(Set.of(MISSION), MISSION, party, null, null, bucket, 0, 50, Set.of(MISSION));
    }

    private OverdueFilter with(String pillar, Integer level) {
        return new OverdueFilter(
                Set.of(MISSION), MISSION, party, pillar, level, DueBucket.OVERDUE, 0, 50, Set.of(MISSION));
    }

    private OverdueFilter paged(int page, int size) {
        return new OverdueFilter(Set.of(MISSION), MISSION, party, null, null, DueBucket.OVERDUE, page, size, Set.of());
    }
}
