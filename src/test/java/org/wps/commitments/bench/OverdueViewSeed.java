package org.wps.commitments.bench;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ID;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.MISSION_CODE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REFERENCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.STAGE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.STAGE_DUE_DATE;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open commitments for the overdue view's benchmark, in both worlds the two approaches read: rows in our domain tables
 * (JDBC batches) and, for each, a running instance of {@code bench-commitment-stage.bpmn} waiting at the task of the
 * commitment's stage, with the lifecycle's reference variables and the task's due date equal to the commitment's
 * stage due date (started through the engine, so its tables hold exactly what the engine writes).
 *
 * <p>Commitment {@code i} is overdue when {@code i % 10 == 3} (10%), due {@code (i + 1) × 6} minutes before now, or
 * a day and that long after now (every due date distinct, so both approaches have one order); overdue ones cycle through the five stages that
 * have a task, one in seven is claimed by a user, one in four of the engagement and signature ones has an open
 * escalation level (its decision not yet due), one in nine is suspended.
 */
final class OverdueViewSeed {

    static final String PROCESS_KEY = "bench-commitment-stage";
    static final String RESOURCE = "bench/bench-commitment-stage.bpmn";
    static final String ASSIGNEE = "benchAdviser";
    private static final List<String> STAGES =
            List.of("ENGAGEMENT", "DRAFTING", "SENIOR_REVIEW", "CLEARANCE", "AWAITING_SIGNATURE");
    private static final int CHUNK = 500;

    /** A party and the mission that engages it. */
    record Party(String code, String mission) {}

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;
    private final Instant now;

    OverdueViewSeed(ProcessEngine engine, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = transactions;
        this.now = clock.instant();
    }

    /** Deploys the benchmark process (once per database); returns the deployment id. */
    String deploy() {
        var existing = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY)
                .latestVersion()
                .singleResult();
        if (existing != null) {
            return existing.getDeploymentId();
        }
        return engine.getRepositoryService()
                .createDeployment()
                .name("benchmark: overdue view")
                .addClasspathResource(RESOURCE)
                .deploy()
                .getId();
    }

    /** Every party with the mission that engages it. */
    List<Party> parties() {
        return jdbc.query(
                "select code, mission_code from party order by code",
                (rs, n) -> new Party(rs.getString(1), rs.getString(2)));
    }

    /** Is commitment number {@code i} overdue? */
    static boolean overdue(int i) {
        return i % 10 == 3;
    }

    /** Seeds commitments {@code from} to {@code to - 1} named {@code prefix-i}, spread over the parties. */
    void seed(String prefix, List<Party> parties, int from, int to) {
        for (int start = from; start < to; start += CHUNK) {
            int end = Math.min(to, start + CHUNK);
            int first = start;
            transactions.executeWithoutResult(status -> seedChunk(prefix, parties, first, end));
        }
    }

    private void seedChunk(String prefix, List<Party> parties, int from, int to) {
        List<Object[]> commitments = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Party party = parties.get(i % parties.size());
            String reference = prefix + "-" + i;
            references.add(reference);
            commitments.add(new Object[] {
                reference,
                party.mission(),
                party.code(),
                "Commitment " + reference,
                LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(6),
                stage(i),
                Timestamp.from(due(i)),
                Timestamp.from(now.minusSeconds(86_400L * 365)),
                suspended(i) ? Timestamp.from(now.minusSeconds(86_400)) : null
            });
        }
        jdbc.batchUpdate(
                "insert into commitment (reference, mission_code, party_code, type, title, target_signing_date,"
                        + " sensitivity, stage, stage_due_date, opened_by, opened_at, suspended_at)"
                        + " values (?, ?, ?, 'JOINT_COMMUNIQUE', ?, ?, 'CONFIDENTIAL', ?, ?, 'bench', ?, ?)",
                commitments);
        Map<String, Long> ids = new HashMap<>();
        named.query(
                "select id, reference from commitment where reference in (:references)",
                new MapSqlParameterSource("references", references),
                rs -> {
                    ids.put(rs.getString("reference"), rs.getLong("id"));
                });
        List<Object[]> instanceIds = new ArrayList<>();
        List<Object[]> escalations = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Party party = parties.get(i % parties.size());
            String reference = prefix + "-" + i;
            long id = ids.get(reference);
            VariableMap variables = Variables.createVariables();
            COMMITMENT_ID.putInto(variables, id);
            REFERENCE.putInto(variables, reference);
            MISSION_CODE.putInto(variables, party.mission());
            STAGE.putInto(variables, stage(i));
            STAGE_DUE_DATE.putInto(variables, Date.from(due(i)));
            String instanceId = engine.getRuntimeService()
                    .startProcessInstanceByKey(PROCESS_KEY, reference, variables)
                    .getId();
            instanceIds.add(new Object[] {instanceId, id});
            if (claimed(i)) {
                String taskId = engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(instanceId)
                        .singleResult()
                        .getId();
                engine.getTaskService().setAssignee(taskId, ASSIGNEE);
            }
            if (escalated(i)) {
                escalations.add(new Object[] {
                    id,
                    party.mission(),
                    stage(i).equals("ENGAGEMENT") ? "STALLED_ENGAGEMENT" : "SIGNATURE",
                    id,
                    "Escalation of " + reference,
                    LocalDate.ofInstant(due(i), ZoneOffset.UTC),
                    (i / 10) % 3 + 1,
                    Timestamp.from(now.minusSeconds(86_400)),
                    Timestamp.from(now.plusSeconds(86_400L * 10))
                });
            }
        }
        jdbc.batchUpdate("update commitment set process_instance_id = ? where id = ?", instanceIds);
        jdbc.batchUpdate(
                "insert into escalation (commitment_id, mission_code, item_type, item_id, item_label, item_due_date,"
                        + " level, candidate_group, reason, opened_at, due_at, process_instance_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'seniorAdvisers', 'Overdue', ?, ?, 'bench-ladder')",
                escalations);
    }

    /** Removes the commitments named {@code prefix-…}, their escalations, process instances and the deployment. */
    void remove(String prefix, String deploymentId) {
        String like = prefix + "-%";
        jdbc.update(
                "delete from escalation where commitment_id in (select id from commitment where reference like ?)",
                like);
        jdbc.update("delete from commitment where reference like ?", like);
        engine.getRepositoryService().deleteDeployment(deploymentId, true, true);
    }

    private static String stage(int i) {
        return STAGES.get((i / 10) % STAGES.size());
    }

    private Instant due(int i) {
        long seconds = 360L * (i + 1);
        // the others are due a day later at least: seeding 100,000 and measuring takes minutes, and none of them may
        // fall due meanwhile (the totals are checked)
        return overdue(i) ? now.minusSeconds(seconds) : now.plusSeconds(86_400L + seconds);
    }

    private static boolean claimed(int i) {
        return overdue(i) && (i / 10) % 7 == 0;
    }

    private static boolean escalated(int i) {
        return overdue(i)
                && (i / 10) % 4 == 1
                && List.of("ENGAGEMENT", "AWAITING_SIGNATURE").contains(stage(i));
    }

    private static boolean suspended(int i) {
        return overdue(i) && (i / 10) % 9 == 2;
    }
}
