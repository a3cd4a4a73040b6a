package org.wps.commitments.annualreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.process.Jobs;

/**
 * Test fixture of the annual report input: commitments of any mission, and the escalations, monitoring reviews
 * and compliance concerns that other features record, written straight into their tables; opening an input as
 * the yearly cycle does and working its tasks as a member of the mission.
 */
@Component
public class AnnualReportFixture {

    private static final Actor SYSTEM = new Actor("system", Set.of(Roles.ADMINS), Set.of());

    private final CommitmentService commitments;
    private final AnnualReportInputs inputs;
    private final Jobs jobs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;

    AnnualReportFixture(
            CommitmentService commitments,
            AnnualReportInputs inputs,
            Jobs jobs,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            TaskService taskService,
            IdentityService identityService,
            RuntimeService runtimeService) {
        this.commitments = commitments;
        this.inputs = inputs;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.taskService = taskService;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
    }

    /** A commitment in stage ENGAGEMENT (no process), targeted for signing a quarter from {@code today}. */
    public Commitment commitment(String missionCode, String partyCode, LocalDate today) {
        return transactions.execute(status -> commitments.open(
                new NewCommitment(
                        missionCode,
                        partyCode,
                        CommitmentType.JOINT_COMMUNIQUE,
                        "Annual report fixture " + UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                        today.plusMonths(3),
                        Sensitivity.CONFIDENTIAL,
                        null),
                null,
                SYSTEM));
    }

    public Commitment close(Commitment commitment, CommitmentStage outcome) {
        return transactions.execute(status -> commitments.close(commitment.getId(), outcome, "Fixture closure"));
    }

    public void escalation(Commitment c, int level, Instant openedAt) {
        jdbc.update(
                "insert into escalation (commitment_id, mission_code, item_type, item_id, item_label, item_due_date,"
                        + " level, candidate_group, reason, opened_at, due_at, process_instance_id)"
                        + " values (?, ?, 'ACTIVITY', 1, 'Fixture item', ?, ?, 'seniorAdvisers', 'Fixture', ?, ?, 'fixture')",
                c.getId(),
                c.getMissionCode(),
                LocalDate.ofInstant(openedAt, ZoneOffset.UTC),
                level,
                utc(openedAt),
                utc(openedAt.plusSeconds(86_400 * 30L)));
    }

    /** An endorsed monitoring review of the commitment with the given element ratings. */
    public void endorsedReview(
            Commitment c,
            LocalDate periodEnd,
            Instant endorsedAt,
            String compliance,
            boolean flagged,
            String... ratings) {
        jdbc.update(
                "insert into monitoring_review (commitment_id, mission_code, period_start, period_end, due_date, status,"
                        + " overall_compliance, sensitivity, flagged_for_annual_report, endorsed_by, endorsed_at,"
                        + " process_instance_id) values (?, ?, ?, ?, ?, 'ENDORSED', ?, 'CONFIDENTIAL', ?, 'unmissSenior',"
                        + " ?, 'fixture')",
                c.getId(),
                c.getMissionCode(),
                periodEnd.minusMonths(3),
                periodEnd,
                periodEnd.plusDays(14),
                compliance,
                flagged,
                utc(endorsedAt));
        Long reviewId = jdbc.queryForObject(
                "select id from monitoring_review where commitment_id = ? and period_end = ?",
                Long.class,
                c.getId(),
                periodEnd);
        List<String> elements =
                List.of("CHAIN_OF_COMMAND_ORDERS", "INVESTIGATIONS", "MONITORING_ACCESS", "FOCAL_POINT");
        for (int i = 0; i < ratings.length; i++) {
            jdbc.update(
                    "insert into review_element_rating (review_id, element, rating) values (?, ?, ?)",
                    reviewId,
                    elements.get(i),
                    ratings[i]);
        }
    }

    public void concern(Commitment c, String kind, Instant reportedAt) {
        jdbc.update(
                "insert into compliance_concern (commitment_id, mission_code, kind, reference, sensitivity, status,"
                        + " reported_by, reported_at) values (?, ?, ?, ?, 'CONFIDENTIAL', 'OPEN', 'unmissAdviser', ?)",
                c.getId(),
                c.getMissionCode(),
                kind,
                "MARA-" + UUID.randomUUID().toString().substring(0, 8),
                utc(reportedAt));
    }

    public void markOverdue(long activityId, LocalDate since) {
        jdbc.update("update plan_activity set overdue_since = ? where id = ?", since, activityId);
    }

    /** Opens the mission's input for the year as the yearly cycle does, and runs its opening step. */
    public ProcessInstance open(String missionCode, int year) {
        ProcessInstance pi = inputs.open(missionCode, year).orElseThrow();
        jobs.runAsync(pi.getBusinessKey());
        return pi;
    }

    /** The one open task {@code taskKey} of the input. */
    public Task task(String missionCode, int year, String taskKey) {
        return jobs.task(AnnualReportInputProcess.businessKey(missionCode, year), taskKey);
    }

    /** Completes the task as a member of the task's mission, as Tasklist would, then runs what follows. */
    public void complete(Task task, String userId, String group, java.util.Map<String, Object> values) {
        identityService.setAuthentication(userId, List.of(group), List.of(task.getTenantId()));
        try {
            taskService.complete(task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
        runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .list()
                .forEach(pi -> jobs.runAsync(pi.getBusinessKey()));
    }

    public static String tenantOf(String missionCode) {
        return Mission.tenantIdOf(missionCode);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
