package org.wps.commitments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.LifecycleDriver;

/**
 * The escalation storm (W3) in small, in {@code mvn verify} on H2 and PostgreSQL: 50 commitments whose
 * stalled-engagement timers are all due at once are fired together on four threads, as a job executor would, each
 * job by its id and once. Every commitment then has exactly one escalation at level 1 with its decision task and
 * its mails, each timer fired once (job log) and no incident ({@link StormLedger}). Correctness only:
 * {@code EscalationStormBench} measures time.
 */
@TrackerTest
class EscalationStormSmokeTest {

    static final int TIMERS = 50;
    static final int THREADS = 4;

    @Autowired
    LifecycleDriver lifecycle;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate db;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void timersFallingDueTogether_escalateEveryCommitmentExactlyOnce() throws Exception {
        String prefix = "Escalation storm smoke " + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + " ";
        List<String> references = new ArrayList<>();
        for (int i = 0; i < TIMERS; i++) {
            references.add(lifecycle.open("GOV-SSD", LocalDate.now().plusYears(1), prefix + i));
        }
        StormLedger ledger = new StormLedger(db, prefix);
        assertThat(ledger.commitments()).isEqualTo(TIMERS);
        assertThat(ledger.pendingTimers()).isEqualTo(TIMERS);
        assertThat(ledger.escalations()).isZero();

        List<String> jobs = db.queryForList(
                "select j.id_ from act_ru_job j join commitment c on c.process_instance_id = j.process_instance_id_"
                        + " where j.handler_cfg_ like ? and c.title like ?",
                String.class,
                "%" + StormLedger.STALLED_TIMER + "%",
                prefix + "%");
        Date lastDue = db.queryForObject(
                "select max(duedate_) from act_ru_job where id_ in ("
                        + String.join(",", jobs.stream().map(j -> "?").toList()) + ")",
                Date.class,
                jobs.toArray());
        ClockUtil.setCurrentTime(new Date(lastDue.getTime() + 1000));

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> fired = new ArrayList<>();
            for (String job : jobs) {
                fired.add(threads.submit(() -> managementService.executeJob(job)));
            }
            for (Future<?> f : fired) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        ledger.assertEveryEscalationRecordedExactlyOnce(TIMERS);
    }
}
