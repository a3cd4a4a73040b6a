package org.wps.commitments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.LifecycleDriver;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * The lifecycle benchmark (W1) in small, in {@code mvn verify}: three commitments live through the tracker and three
 * through the bare engine by the same script. Each tracker commitment ends fulfilled with its plan's three activities
 * completed, and both engines did the same work for it: the same user tasks in the same order, the same timers and
 * asynchronous steps created, the same number of process instances, all ended. Correctness only: {@code
 * LifecycleThroughputBench} measures time.
 */
@TrackerTest
class LifecycleThroughputSmokeTest {

    static final int COMMITMENTS = 3;

    @Autowired
    ProcessEngine engine;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CommitmentsProperties properties;

    @Test
    void theTrackerAndTheBareEngineLiveTheSameLife() {
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        String run =
                UUID.randomUUID().toString().replaceAll("[^a-f]", ""); // letters only: digit runs read as phone numbers
        LifecycleRunner tracker =
                new LifecycleRunner(engine, n -> driver.open("GOV-SSD", today.plusMonths(2), "Smoke " + run + " " + n));
        try (BareEngine bare = new BareEngine("bare-lifecycle-smoke-" + run);
                BareEngine checked = new BareEngine("checked-lifecycle-smoke-" + run, true)) {
            LifecycleRunner baseline = new LifecycleRunner(bare.engine(), n -> bare.open(n, today.plusMonths(2)));
            LifecycleRunner fair = new LifecycleRunner(checked.engine(), n -> checked.open(n, today.plusMonths(2)));
            List<String> ours = new ArrayList<>();
            List<String> theirs = new ArrayList<>();
            List<String> fairs = new ArrayList<>();
            for (int n = 1; n <= COMMITMENTS; n++) {
                ours.add(tracker.live(n, today));
                theirs.add(baseline.live(n, today));
                fairs.add(fair.live(n, today));
            }
            // the checked engine really checks: its tasks show to an adviser of the mission, not of another one
            assertThat(historicTasks(checked, "unmiss")).isEqualTo(historicTasks(bare, null));
            assertThat(historicTasks(checked, "unsom")).isZero();

            for (int i = 0; i < COMMITMENTS; i++) {
                String reference = ours.get(i);
                assertThat(jdbc.queryForObject(
                                "select stage from commitment where reference = ?", String.class, reference))
                        .isEqualTo("FULFILLED");
                assertThat(jdbc.queryForList(
                                "select a.status from plan_activity a join commitment c on c.id = a.commitment_id"
                                        + " where c.reference = ?",
                                String.class,
                                reference))
                        .hasSize(LifecycleScript.ACTIVITIES)
                        .containsOnly("COMPLETED");
                LifecycleShape trackerShape = LifecycleShape.of(engine, reference);
                LifecycleShape bareShape = LifecycleShape.of(bare.engine(), theirs.get(i));
                assertThat(trackerShape.allEnded())
                        .as("every process of %s ended", reference)
                        .isTrue();
                assertThat(trackerShape.userTasks())
                        .containsExactlyElementsOf(LifecycleScript.steps(today).stream()
                                .map(LifecycleScript.Step::taskKey)
                                .toList());
                assertThat(bareShape)
                        .as("the bare engine's work for the same life")
                        .isEqualTo(trackerShape);
                assertThat(LifecycleShape.of(checked.engine(), fairs.get(i)))
                        .as("the checked bare engine's work for the same life")
                        .isEqualTo(trackerShape);
            }
        }
    }

    /** Historic tasks an adviser of {@code tenant} may read (all of them, with nobody signed in, for null). */
    private static long historicTasks(BareEngine engine, String tenant) {
        var identity = engine.engine().getIdentityService();
        if (tenant != null) {
            identity.setAuthentication(tenant + "Adviser", List.of("advisers"), List.of(tenant));
        }
        try {
            return engine.engine()
                    .getHistoryService()
                    .createHistoricTaskInstanceQuery()
                    .count();
        } finally {
            identity.clearAuthentication();
        }
    }
}
