package org.wps.commitments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.escalation.OverdueEscalationProcess;

/**
 * What an escalation storm (W3) left in the database, for the commitments whose title starts with a prefix: their
 * stalled-engagement escalations and everything that proves each happened exactly once. Plain SQL that H2 and
 * PostgreSQL both run, so the smoke test checks the same on both.
 *
 * <p>An escalation counts as <em>recorded</em> when its {@code escalation} row (level 1) exists and its decision task
 * waits for the senior advisers; both are written in the transaction of the timer's job, so they appear together.
 */
final class StormLedger {

    static final String STALLED_TIMER = CommitmentLifecycleProcess.Elements.ENGAGEMENT_STALLED;
    static final String DECISION_TASK = OverdueEscalationProcess.Elements.DECIDE;

    private static final String ESCALATIONS = " from escalation e join commitment c on c.id = e.item_id"
            + " where e.item_type = 'STALLED_ENGAGEMENT' and c.title like ?";

    private final JdbcTemplate db;
    private final String like;

    /** The ledger of the commitments whose title starts with {@code titlePrefix}. */
    StormLedger(JdbcTemplate db, String titlePrefix) {
        this.db = db;
        this.like = titlePrefix.replace("%", "") + "%";
    }

    long commitments() {
        return count("select count(*) from commitment c where c.title like ?");
    }

    /** Escalation rows of the commitments: the figure the benchmark waits for. */
    long escalations() {
        return count("select count(*)" + ESCALATIONS);
    }

    /** Stalled-engagement timers of the commitments that have not fired yet. */
    long pendingTimers() {
        return count(
                "select count(*) from act_ru_job j join commitment c on c.process_instance_id = j.process_instance_id_"
                        + " where j.handler_cfg_ like '%" + STALLED_TIMER + "%' and c.title like ?");
    }

    /**
     * Fails unless each of the {@code expected} commitments has exactly one escalation, at level 1 for the senior
     * advisers with its open decision task and its mail rows (one idempotency key per escalation), its timer fired
     * successfully exactly once and never failed, and no incident was raised in their processes.
     */
    void assertEveryEscalationRecordedExactlyOnce(long expected) {
        assertThat(commitments()).as("commitments seeded").isEqualTo(expected);
        assertThat(pendingTimers()).as("stalled-engagement timers not fired").isZero();
        assertThat(escalations()).as("escalation rows").isEqualTo(expected);
        assertThat(count("select count(distinct e.item_id)" + ESCALATIONS))
                .as("commitments escalated, none twice")
                .isEqualTo(expected);
        assertThat(count("select count(*)" + ESCALATIONS + " and e.level = 1 and e.candidate_group = 'seniorAdvisers'"))
                .as("escalations at level 1 for the senior advisers")
                .isEqualTo(expected);
        assertThat(count("select count(*)" + ESCALATIONS + " and exists (select 1 from act_ru_task t"
                        + " where t.proc_inst_id_ = e.process_instance_id and t.task_def_key_ = '" + DECISION_TASK
                        + "')"))
                .as("escalations with their decision task")
                .isEqualTo(expected);
        assertThat(count(
                        "select count(*) from act_ru_task t join escalation e on e.process_instance_id = t.proc_inst_id_"
                                + " join commitment c on c.id = e.item_id where e.item_type = 'STALLED_ENGAGEMENT'"
                                + " and t.task_def_key_ = '" + DECISION_TASK + "' and c.title like ?"))
                .as("decision tasks, none twice")
                .isEqualTo(expected);
        assertThat(count("select count(distinct o.idempotency_key) from notification_outbox o join escalation e"
                        + " on o.idempotency_key = concat('escalation:', e.id) join commitment c on c.id = e.item_id"
                        + " where e.item_type = 'STALLED_ENGAGEMENT' and c.title like ?"))
                .as("escalations with their mails queued, once each")
                .isEqualTo(expected);
        String timerLog = " from act_hi_job_log l join commitment c on c.process_instance_id = l.process_instance_id_"
                + " where l.act_id_ = '" + STALLED_TIMER + "' and c.title like ?";
        assertThat(count("select count(*)" + timerLog + " and l.job_state_ = 2"))
                .as("timers fired successfully (job log)")
                .isEqualTo(expected);
        assertThat(count("select count(distinct l.job_id_)" + timerLog + " and l.job_state_ = 2"))
                .as("timers fired successfully, none twice")
                .isEqualTo(expected);
        assertThat(count("select count(*)" + timerLog + " and l.job_state_ = 1"))
                .as("timer executions that failed")
                .isZero();
        assertThat(count("select count(*) from act_ru_incident i join commitment c on c.process_instance_id ="
                        + " i.proc_inst_id_ where c.title like ?"))
                .as("incidents in the commitments' lifecycles")
                .isZero();
        assertThat(count("select count(*) from act_ru_incident i join escalation e on e.process_instance_id ="
                        + " i.proc_inst_id_ join commitment c on c.id = e.item_id where c.title like ?"))
                .as("incidents in their escalation ladders")
                .isZero();
    }

    private long count(String sql) {
        Long n = db.queryForObject(sql, Long.class, like);
        return n == null ? 0 : n;
    }
}
