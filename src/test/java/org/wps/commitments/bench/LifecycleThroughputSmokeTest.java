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
        try (BareEngine bare = new BareEngine("bare-lifecycle-smoke-" + run)) {
            LifecycleRunner baseline = new LifecycleRunner(bare.engine(), n -> bare.open(n, today.plusMonths(2)));
            List<String> ours = new ArrayList<>();
            List<String> theirs = new ArrayList<>();
            for (int n = 1; n <= COMMITMENTS; n++) {
                ours.add(tracker.live(n, today));
                theirs.add(baseline.live(n, today));
            }

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
            }
        }
    }
}
