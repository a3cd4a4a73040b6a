package org.wps.commitments.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TestDatabase;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.overdue.OverdueSeed;
import org.wps.commitments.testing.Http;

/**
 * Operations (issue 7) on the running server: {@code /actuator/health} gives its status to anyone and its components
 * (database, job backlog) to administrators only, with liveness and readiness probes; {@code /actuator/prometheus}
 * is for administrators and the monitoring group, with the tracker's gauges tagged by mission; and the job backlog
 * counts a due timer that no job executor took (the test profile runs none), until a node holds it.
 */
@TrackerTest
class OperationsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    OverdueSeed seed;

    @Autowired
    TrackerFigures figures;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        figures.refresh();
    }

    @AfterEach
    void removeSeededRows() {
        seed.removeAll();
        figures.refresh();
    }

    @Test
    void healthAnswersItsStatusToAnyone_andItsComponentsToAdministratorsOnly() {
        for (String user : new String[] {null, "unmissAdviser", "monitor", "manager"}) {
            var health = http.get("/actuator/health", user);
            assertThat(health.status()).as(user).isEqualTo(200);
            assertThat(health.json().path("status").asText()).as(user).isEqualTo("UP");
            assertThat(health.json().has("components"))
                    .as(user + ": " + health.body())
                    .isFalse();
        }
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = http.get(probe, null);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().path("status").asText()).as(probe).isEqualTo("UP");
        }
        assertThat(http.get("/actuator/health/jobBacklog", null).status())
                .as("no component anonymously")
                .isIn(401, 403, 404);

        var admin = http.get("/actuator/health", "admin");
        assertThat(admin.status()).isEqualTo(200);
        JsonNode components = admin.json().path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("db").path("details").path("database").asText())
                .as("the database this run uses")
                .isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
        JsonNode backlog = components.path("jobBacklog");
        assertThat(backlog.path("status").asText()).isIn("UP", "BACKLOG");
        assertThat(backlog.path("details").fieldNames())
                .toIterable()
                .contains(
                        "dueJobs",
                        "dueUnacquired",
                        "oldestDueUnacquiredSeconds",
                        "failedJobs",
                        "openIncidents",
                        "jobExecutorActive");
        assertThat(backlog.path("details").path("jobExecutorActive").asBoolean())
                .as("the test profile runs no job executor")
                .isFalse();
        assertThat(components.has("livenessState")).isTrue();
        assertThat(components.has("readinessState")).isTrue();
    }

    @Test
    void prometheusIsForAdministratorsAndTheMonitoringGroup_neverAnonymous() {
        var anonymous = http.get("/actuator/prometheus", null, "text/plain");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("tracker_");
        for (String user : new String[] {"unmissAdviser", "manager", "designer"}) {
            var refused = http.get("/actuator/prometheus", user, "text/plain");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.body()).as(user).doesNotContain("tracker_");
        }
        for (String user : new String[] {"monitor", "admin"}) {
            var scrape = http.get("/actuator/prometheus", user, "text/plain");
            assertThat(scrape.status()).as(user).isEqualTo(200);
            assertThat(scrape.body())
                    .as(user)
                    .contains(
                            "# TYPE tracker_overdue_items gauge",
                            "tracker_jobs_due_unacquired",
                            "tracker_jobs_due_oldest_wait_seconds",
                            "tracker_jobs_failed",
                            "tracker_incidents_open",
                            "tracker_outbox_mails{status=\"pending\"}",
                            "tracker_outbox_mails{status=\"failed\"}");
            for (String mission : new String[] {"UNMISS", "MINUSMA", "UNSOM", "MONUSCO", "MINUSCA"}) {
                for (String kind : new String[] {"COMMITMENT", "ACTIVITY", "ESCALATION", "REVIEW", "CONCERN"}) {
                    assertThat(gauge(scrape.body(), "tracker_overdue_items", "kind", kind, "mission", mission))
                            .as(mission + " " + kind)
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void theOverdueGaugesCountASeededMissionsItemsByKind() {
        double activitiesBefore = overdue("MINUSMA", "ACTIVITY");
        double commitmentsBefore = overdue("MINUSMA", "COMMITMENT");
        double reviewsBefore = overdue("MINUSMA", "REVIEW");
        double unmissActivitiesBefore = overdue("UNMISS", "ACTIVITY");

        String party = seed.party("MINUSMA");
        seed.commitment("MINUSMA", party, "MINUSMA-T-LATE-" + UUID.randomUUID(), "AWAITING_SIGNATURE", -30);
        long implementing =
                seed.commitment("MINUSMA", party, "MINUSMA-T-IMPL-" + UUID.randomUUID(), "IMPLEMENTATION", null);
        long plan = seed.plan(implementing);
        seed.activity(plan, implementing, "MINUSMA", "A1", "Issue command order", "Prevention", -40, "PLANNED", 0);
        seed.activity(plan, implementing, "MINUSMA", "A2", "Train commanders", "Prevention", -3, "IN_PROGRESS", 1);
        seed.activity(plan, implementing, "MINUSMA", "A3", "Vet recruits", "Prevention", 10, "PLANNED", 0);
        seed.activity(plan, implementing, "MINUSMA", "A4", "Completed work", "Prevention", -9, "COMPLETED", 0);
        seed.review(implementing, "MINUSMA", 5);

        // the gauges count at most once per figures-refresh; count now
        figures.refresh();

        assertThat(overdue("MINUSMA", "ACTIVITY"))
                .as("two open activities past their deadline; not the one due, nor the completed one")
                .isEqualTo(activitiesBefore + 2);
        assertThat(overdue("MINUSMA", "COMMITMENT")).isEqualTo(commitmentsBefore + 1);
        assertThat(overdue("MINUSMA", "REVIEW")).isEqualTo(reviewsBefore + 1);
        assertThat(overdue("UNMISS", "ACTIVITY")).as("another mission").isEqualTo(unmissActivitiesBefore);
    }

    @Test
    void theBacklogCountsADueTimerNoNodeTook_untilANodeHoldsIt_andFailedJobsAsIncidents() {
        var opened = http.postJson(
                "/api/commitments",
                "minusmaAdviser",
                """
                {"mission":"MINUSMA","partyCode":"FDSM","type":"JOINT_COMMUNIQUE","title":"Backlog check","targetSigningDate":"2027-03-01"}
                """);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Job timer = managementService
                .createJobQuery()
                .processInstanceId(opened.json().path("processInstanceId").asText())
                .timers()
                .listPage(0, 1)
                .get(0);
        Date originalDue = timer.getDuedate();
        figures.refresh();
        Backlog before = backlog();
        double gaugeBefore = scraped("tracker_jobs_due_unacquired");
        try {
            // two hours overdue and, the job executor being off, taken by no node
            managementService.setJobDuedate(
                    timer.getId(), Date.from(clock.instant().minus(Duration.ofHours(2))));
            figures.refresh();
            Backlog due = backlog();
            assertThat(due.dueUnacquired()).isEqualTo(before.dueUnacquired() + 1);
            assertThat(due.dueJobs()).isEqualTo(before.dueJobs() + 1);
            assertThat(due.oldestSeconds())
                    .isGreaterThanOrEqualTo(Duration.ofHours(2).toSeconds());
            assertThat(due.status())
                    .as("waiting longer than backlog-warning-wait (PT15M)")
                    .isEqualTo("BACKLOG");
            assertThat(due.overall()).as("a backlog never takes the node out").isEqualTo("UP");
            assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
            assertThat(scraped("tracker_jobs_due_unacquired")).isEqualTo(gaugeBefore + 1);
            assertThat(scraped("tracker_jobs_due_oldest_wait_seconds"))
                    .isGreaterThanOrEqualTo(Duration.ofHours(2).toSeconds());

            lock(timer.getId(), Duration.ofMinutes(5));
            figures.refresh();
            Backlog held = backlog();
            assertThat(held.dueUnacquired()).as("held by a node").isEqualTo(before.dueUnacquired());
            assertThat(held.dueJobs()).as("still due").isEqualTo(before.dueJobs() + 1);

            lock(timer.getId(), Duration.ofMinutes(-1));
            figures.refresh();
            assertThat(backlog().dueUnacquired())
                    .as("its node died: the lock expired")
                    .isEqualTo(before.dueUnacquired() + 1);

            managementService.setJobRetries(timer.getId(), 0);
            figures.refresh();
            Backlog failed = backlog();
            assertThat(failed.dueUnacquired()).as("no retries left").isEqualTo(before.dueUnacquired());
            assertThat(failed.failedJobs()).isEqualTo(before.failedJobs() + 1);
            assertThat(failed.openIncidents()).isEqualTo(before.openIncidents() + 1);
            assertThat(scraped("tracker_jobs_failed")).isEqualTo(before.failedJobs() + 1);
            assertThat(scraped("tracker_incidents_open")).isEqualTo(before.openIncidents() + 1);
        } finally {
            managementService.setJobRetries(timer.getId(), 3);
            jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where ID_ = ?", timer.getId());
            managementService.setJobDuedate(timer.getId(), originalDue);
        }
        figures.refresh();
        assertThat(backlog().dueUnacquired()).isEqualTo(before.dueUnacquired());
        assertThat(backlog().failedJobs()).isEqualTo(before.failedJobs());
    }

    /** What an administrator reads in the health's jobBacklog component. */
    record Backlog(
            String overall,
            String status,
            long dueJobs,
            long dueUnacquired,
            long oldestSeconds,
            long failedJobs,
            long openIncidents) {}

    private Backlog backlog() {
        var health = http.get("/actuator/health", "admin");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        JsonNode component = health.json().path("components").path("jobBacklog");
        JsonNode details = component.path("details");
        return new Backlog(
                health.json().path("status").asText(),
                component.path("status").asText(),
                details.path("dueJobs").asLong(),
                details.path("dueUnacquired").asLong(),
                details.path("oldestDueUnacquiredSeconds").asLong(),
                details.path("failedJobs").asLong(),
                details.path("openIncidents").asLong());
    }

    /** Another node holds the job until {@code now + lease} (a negative lease: it expired). */
    private void lock(String jobId, Duration lease) {
        jdbc.update(
                "update ACT_RU_JOB set LOCK_OWNER_ = 'other-node', LOCK_EXP_TIME_ = ? where ID_ = ?",
                Date.from(clock.instant().plus(lease)),
                jobId);
    }

    private double overdue(String mission, String kind) {
        var scrape = http.get("/actuator/prometheus", "monitor", "text/plain");
        assertThat(scrape.status()).isEqualTo(200);
        Double value = gauge(scrape.body(), "tracker_overdue_items", "kind", kind, "mission", mission);
        assertThat(value).as(mission + " " + kind).isNotNull();
        return value;
    }

    private double scraped(String name) {
        var scrape = http.get("/actuator/prometheus", "monitor", "text/plain");
        Double value = gauge(scrape.body(), name);
        assertThat(value).as(name).isNotNull();
        return value;
    }

    /** The value of the sample {@code name} with exactly the labels given (name, value, name, value...), or null. */
    static Double gauge(String exposition, String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(name)) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String sample = line.substring(0, space);
            Map<String, String> found = new LinkedHashMap<>();
            String sampleName = sample;
            int brace = sample.indexOf('{');
            if (brace >= 0) {
                sampleName = sample.substring(0, brace);
                for (String pair :
                        sample.substring(brace + 1, sample.length() - 1).split(",")) {
                    if (!pair.isBlank()) {
                        int eq = pair.indexOf('=');
                        found.put(pair.substring(0, eq), pair.substring(eq + 2, pair.length() - 1));
                    }
                }
            }
            if (sampleName.equals(name) && found.equals(wanted)) {
                return Double.valueOf(line.substring(space + 1));
            }
        }
        return null;
    }
}
