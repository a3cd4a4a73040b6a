package org.wps.commitments.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Our schema and our hand-written SQL on a real PostgreSQL server (binaries from Maven, no Docker): every Flyway
 * migration applies, and the overdue view's union query, counts and age buckets run and find a late activity and a
 * late concern. The engine's own tables are Camunda's (created by the engine for PostgreSQL).
 */
class PostgresSchemaTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyMigrationApplies_andTheOverdueViewRuns() {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(8);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into commitment (reference, mission_code, party_code, type, title, target_signing_date,"
                + " sensitivity, stage, opened_by, opened_at, signed_on, process_instance_id)"
                + " values ('UNMISS-JC-2027-99', 'UNMISS', 'GOV-SSD', 'JOINT_COMMUNIQUE', 'PostgreSQL check',"
                + " date '2027-01-01', 'CONFIDENTIAL', 'IMPLEMENTATION', 'unmissAdviser', now(), date '2027-01-01',"
                + " 'pi-1')");
        long commitment =
                jdbc.queryForObject("select id from commitment where reference = 'UNMISS-JC-2027-99'", Long.class);
        jdbc.update(
                "insert into implementation_plan (commitment_id, mission_code, title, status, recorded_by, recorded_at)"
                        + " values (?, 'UNMISS', 'Plan', 'VALIDATED', 'unmissAdviser', now())",
                commitment);
        long plan = jdbc.queryForObject(
                "select id from implementation_plan where commitment_id = ?", Long.class, commitment);
        jdbc.update(
                "insert into plan_activity (plan_id, commitment_id, mission_code, code, title, pillar,"
                        + " classification, commitment_element, responsible_entity, original_deadline, deadline, indicator,"
                        + " target, funding_status, means_of_verification, status)"
                        + " values (?, ?, 'UNMISS', 'A01', 'Issue command order', 'Prevention',"
                        + " 'SECURITY_SECTOR_ORDERS_TRAINING', 'CHAIN_OF_COMMAND_ORDERS', 'Ministry of Defence',"
                        + " date '2027-02-01', date '2027-02-01', 'Order issued', 'Order in force', 'UNFUNDED',"
                        + " 'Copy of the order', 'PLANNED')",
                plan,
                commitment);
        jdbc.update(
                "insert into compliance_concern (commitment_id, mission_code, kind, reference, sensitivity,"
                        + " status, reported_by, reported_at, assessment_due_at)"
                        + " values (?, 'UNMISS', 'DENIAL_OF_ACCESS', 'MARA-PG-1', 'CONFIDENTIAL', 'REPORTED',"
                        + " 'unmissAdviser', timestamp with time zone '2027-02-10 08:00:00+00',"
                        + " timestamp with time zone '2027-02-13 08:00:00+00')",
                commitment);

        var query = new OverdueQuery(new NamedParameterJdbcTemplate(dataSource));
        var filter = new OverdueFilter(
                Set.of("UNMISS"), "UNMISS", null, null, null, DueBucket.OVERDUE, 0, 50, Set.of("UNMISS"));
        Instant now = Instant.parse("2027-03-01T09:00:00Z");
        var rows = query.page(filter, now, ZoneOffset.UTC);
        assertThat(rows)
                .extracting(OverdueQuery.Found::kind, OverdueQuery.Found::reference)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OverdueKind.ACTIVITY, "UNMISS-JC-2027-99"),
                        org.assertj.core.groups.Tuple.tuple(OverdueKind.CONCERN, "UNMISS-JC-2027-99"));
        assertThat(query.count(filter, DueBucket.OVERDUE, now, ZoneOffset.UTC)).isEqualTo(2);
        assertThat(query.overdueByMissionAndAge(filter, now, ZoneOffset.UTC).get("UNMISS"))
                .containsEntry(AgeBucket.UP_TO_30, 2L);
        assertThat(query.commitmentsByStage(filter)).containsEntry("IMPLEMENTATION", 1L);
    }
}
