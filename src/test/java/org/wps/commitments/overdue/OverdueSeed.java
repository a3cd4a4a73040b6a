package org.wps.commitments.overdue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test fixture: rows of the overdue view written straight into the domain tables, for a party of its own (so a
 * test finds exactly its rows by the party filter while other tests share the database). Dates are relative to
 * the one clock.
 */
@Component
public class OverdueSeed {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final java.util.List<String> parties = new java.util.ArrayList<>();

    OverdueSeed(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** A new party of the mission, with a unique code. */
    public String party(String mission) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        jdbc.update(
                "insert into party (code, name, type, mission_code) values (?, ?, 'NSAG', ?)",
                code,
                "Test party " + code,
                mission);
        parties.add(code);
        return code;
    }

    /**
     * Removes every party made here with its commitments and all that hangs on them: the database is shared by
     * every test, and other tests count a mission's parties and commitments.
     */
    public void removeAll() {
        String ofParty = " where commitment_id in (select id from commitment where party_code = ?)";
        String ofActivities = " where activity_id in (select id from plan_activity" + ofParty + ")";
        for (String party : parties) {
            jdbc.update("delete from progress_report" + ofActivities, party);
            jdbc.update("delete from deadline_change" + ofActivities, party);
            jdbc.update("delete from escalation" + ofParty, party);
            jdbc.update(
                    "delete from review_element_rating where review_id in (select id from monitoring_review" + ofParty
                            + ")",
                    party);
            jdbc.update("delete from monitoring_review" + ofParty, party);
            jdbc.update("delete from compliance_concern" + ofParty, party);
            jdbc.update("delete from plan_activity" + ofParty, party);
            jdbc.update("delete from implementation_plan" + ofParty, party);
            jdbc.update("delete from commitment_decision" + ofParty, party);
            jdbc.update("delete from engagement_record" + ofParty, party);
            jdbc.update("delete from commitment where party_code = ?", party);
            jdbc.update("delete from party where code = ?", party);
        }
        parties.clear();
    }

    /** A commitment in {@code stage} due {@code dueInDays} from now (null: no due date); returns its id. */
    public long commitment(String mission, String party, String reference, String stage, Integer dueInDays) {
        Instant now = clock.instant();
        jdbc.update(
                "insert into commitment (reference, mission_code, party_code, type, title, target_signing_date,"
                        + " sensitivity, stage, stage_due_date, process_instance_id, opened_by, opened_at)"
                        + " values (?, ?, ?, 'JOINT_COMMUNIQUE', ?, ?, 'CONFIDENTIAL', ?, ?, null, 'seed', ?)",
                reference,
                mission,
                party,
                "Seeded commitment " + reference,
                today(),
                stage,
                dueInDays == null ? null : Timestamp.from(now.plusSeconds(86_400L * dueInDays)),
                Timestamp.from(now));
        return jdbc.queryForObject("select id from commitment where reference = ?", Long.class, reference);
    }

    /** A validated plan of the commitment; returns its id. */
    public long plan(long commitmentId) {
        jdbc.update(
                "insert into implementation_plan (commitment_id, mission_code, title, validated_on, validating_body,"
                        + " recorded_by, recorded_at, status) values (?, (select mission_code from commitment where"
                        + " id = ?), 'Seeded plan', ?, 'Workshop', 'seed', ?, 'VALIDATED')",
                commitmentId,
                commitmentId,
                today(),
                Timestamp.from(clock.instant()));
        return jdbc.queryForObject(
                "select max(id) from implementation_plan where commitment_id = ?", Long.class, commitmentId);
    }

    /** An activity of the plan due {@code dueInDays} from today; returns its id. */
    public long activity(
            long planId,
            long commitmentId,
            String mission,
            String code,
            String title,
            String pillar,
            int dueInDays,
            String status,
            int level) {
        LocalDate deadline = today().plusDays(dueInDays);
        jdbc.update(
                "insert into plan_activity (plan_id, commitment_id, mission_code, code, title, pillar, classification,"
                        + " commitment_element, responsible_entity, original_deadline, deadline, indicator, target,"
                        + " funding_status, means_of_verification, status, escalation_level)"
                        + " values (?, ?, ?, ?, ?, ?, 'SECURITY_SECTOR_ORDERS_TRAINING', 'CHAIN_OF_COMMAND_ORDERS',"
                        + " 'Ministry of Defence', ?, ?, 'Order issued', 'Order in force', 'UNFUNDED', 'Copy', ?, ?)",
                planId,
                commitmentId,
                mission,
                code,
                title,
                pillar,
                deadline,
                deadline,
                status,
                level);
        return jdbc.queryForObject(
                "select id from plan_activity where plan_id = ? and code = ?", Long.class, planId, code);
    }

    /** An open escalation level of an activity, its decision due {@code dueInDays} from now. */
    public void escalation(long commitmentId, String mission, long activityId, int level, int dueInDays) {
        Instant now = clock.instant();
        jdbc.update(
                "insert into escalation (commitment_id, mission_code, item_type, item_id, item_label, item_due_date,"
                        + " level, candidate_group, reason, opened_at, due_at, process_instance_id)"
                        + " values (?, ?, 'ACTIVITY', ?, ?, ?, ?, 'seniorAdvisers', 'Overdue', ?, ?, 'seed-ladder')",
                commitmentId,
                mission,
                activityId,
                "Seeded escalation of activity " + activityId,
                today(),
                level,
                Timestamp.from(now.minusSeconds(86_400L * 30)),
                Timestamp.from(now.plusSeconds(86_400L * dueInDays)));
    }

    /** A monitoring review owed ({@code DUE}) since {@code daysAgo} days. */
    public void review(long commitmentId, String mission, int daysAgo) {
        LocalDate due = today().minusDays(daysAgo);
        jdbc.update(
                "insert into monitoring_review (commitment_id, mission_code, period_start, period_end, due_date,"
                        + " status, sensitivity, process_instance_id)"
                        + " values (?, ?, ?, ?, ?, 'DUE', 'CONFIDENTIAL', 'seed-review')",
                commitmentId,
                mission,
                due.minusMonths(3).minusDays(14),
                due.minusDays(14),
                due);
    }

    /** A compliance concern reported on the commitment, awaiting assessment due {@code dueInDays} from now. */
    public void concern(long commitmentId, String mission, String reference, int dueInDays) {
        Instant now = clock.instant();
        jdbc.update(
                "insert into compliance_concern (commitment_id, mission_code, kind, reference, sensitivity, status,"
                        + " reported_by, reported_at, assessment_due_at)"
                        + " values (?, ?, 'DENIAL_OF_ACCESS', ?, 'CONFIDENTIAL', 'REPORTED', 'seed', ?, ?)",
                commitmentId,
                mission,
                reference,
                Timestamp.from(now.minusSeconds(86_400L * 5)),
                Timestamp.from(now.plusSeconds(86_400L * dueInDays)));
    }
}
