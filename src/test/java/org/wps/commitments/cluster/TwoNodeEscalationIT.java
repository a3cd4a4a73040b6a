package org.wps.commitments.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the packaged application on one PostgreSQL database (Camunda's own clustering: both job executors
 * compete for the same job table), 1,000 escalation timers falling due together, and one node killed with
 * {@code kill -9} in the middle of the work.
 *
 * <ol>
 *   <li>A first node, its job executor off, opens 1,000 commitments over the API. With the engagement-stalled timer
 *       at {@code P0D} and level 1 of the ladder at {@code P0D}, each commitment's timer is due at once and its
 *       firing opens level 1 at once: one {@code escalation} row and one e-mail per senior adviser of the mission.
 *       The node is stopped: 1,000 timers are due and nobody runs them.
 *   <li>Nodes B and C start together and share the burst. Once B has opened a good part of the escalations and holds
 *       locks on jobs, it is killed. Its locked jobs stay locked until their lock expires (10 s here, 5 minutes in
 *       production), then C runs them.
 *   <li>In the end every commitment has exactly one escalation, every timer fired exactly once (the job log), every
 *       job B held was completed by C, every mail row was sent, and the SMTP server received each mail as exactly
 *       one message (Message-ID; a mail B handed to the server just before dying and C sent again is the same
 *       message), and no incident was raised.
 * </ol>
 */
class TwoNodeEscalationIT {

    private static final int COMMITMENTS = 1000;
    private static final String ADMIN_PASSWORD = "Cluster-Check-2026!";
    private static final String STALLED_TIMER = "timer_engagementStalled";
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Test
    void everyEscalationHappensExactlyOnce_andTheSurvivingNodeFinishesTheKilledNodesWork(@TempDir Path work)
            throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        List<AppNode> nodes = new ArrayList<>();
        try {
            DataSource admin = postgres.getPostgresDatabase();
            try (Connection connection = admin.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database tracker");
            }
            JdbcTemplate db = new JdbcTemplate(postgres.getDatabase("postgres", "tracker"));
            Map<String, String> env = new HashMap<>();
            // the test profile lets the nodes seed the demo users (DemoDatabaseGuard refuses them on PostgreSQL
            // in every other profile); nothing else in the packaged jar reads it
            env.put("SPRING_PROFILES_ACTIVE", "postgres,test");
            env.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "tracker"));
            env.put("SPRING_DATASOURCE_USERNAME", "postgres");
            env.put("SPRING_DATASOURCE_PASSWORD", "postgres");
            env.put("COMMITMENTS_ADMIN_ID", "admin");
            env.put("COMMITMENTS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            List<String> common = List.of(
                    "--commitments.demo.users=true",
                    "--commitments.demo.password=" + NodeHttp.DEMO_PASSWORD,
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.getSmtp().getPort(),
                    "--commitments.timers.engagement-stalled-after=P0D",
                    "--commitments.escalation.level1-after=P0D",
                    "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                    "--commitments.notifications.claim-lease=PT5S",
                    "--commitments.notifications.retry-every=PT2S");

            // 1. 1,000 commitments whose stalled-engagement timers are all due, with no job executor running
            AppNode seed = AppNode.start("cluster-seed", env, with(common, "seed", false), work);
            nodes.add(seed);
            openCommitments(new NodeHttp(seed));
            seed.stop();
            assertThat(dueStalledTimers(db))
                    .as("timers due, waiting for a job executor")
                    .isEqualTo(COMMITMENTS);
            assertThat(count(db, "select count(*) from escalation")).isZero();

            // 2. two nodes start together and share the burst; B is killed in the middle of it
            CompletableFuture<AppNode> startB = CompletableFuture.supplyAsync(
                    () -> AppNode.start("cluster-b", env, with(common, "node-b", true), work));
            CompletableFuture<AppNode> startC = CompletableFuture.supplyAsync(
                    () -> AppNode.start("cluster-c", env, with(common, "node-c", true), work));
            AppNode nodeB = startB.get(6, TimeUnit.MINUTES);
            nodes.add(nodeB);
            AppNode nodeC = startC.get(6, TimeUnit.MINUTES);
            nodes.add(nodeC);

            await("node B to hold jobs with a quarter of the escalations opened", () -> {
                long opened = count(db, "select count(*) from escalation");
                assertThat(opened)
                        .as("the burst ended before node B could be killed")
                        .isLessThan(COMMITMENTS);
                // B must have finished some timers too: on a loaded machine C can run a quarter alone while B,
                // started later, has only locked its first jobs
                return opened >= COMMITMENTS / 4
                        && !lockedBy(db, "node-b").isEmpty()
                        && count(
                                        db,
                                        "select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = 2"
                                                + " and hostname_ = 'node-b'",
                                        STALLED_TIMER)
                                > 0;
            });
            nodeB.kill();
            List<String> orphaned = lockedBy(db, "node-b");
            long openedAtKill = count(db, "select count(*) from escalation");
            System.out.printf(
                    "node B killed with %d escalations opened and %d jobs still locked by it%n",
                    openedAtKill, orphaned.size());
            assertThat(orphaned).as("jobs node B had locked when it died").isNotEmpty();

            // 3. node C takes over once the locks expire, and the retry sweep sends what B queued but did not send
            await(
                    "node C to finish every escalation and send every mail",
                    () -> dueStalledTimers(db) == 0
                            && count(db, "select count(*) from escalation") >= COMMITMENTS
                            && count(db, "select count(*) from notification_outbox where status <> 'SENT'") == 0);

            assertThat(count(db, "select count(*) from escalation")).isEqualTo(COMMITMENTS);
            assertThat(count(
                            db,
                            "select count(distinct item_id) from escalation where item_type = 'STALLED_ENGAGEMENT'"))
                    .as("one escalation per commitment, none twice")
                    .isEqualTo(COMMITMENTS);
            assertThat(count(db, "select count(*) from act_ru_task where task_def_key_ = 'userTask_decideOverdueItem'"))
                    .as("one decision task per escalation")
                    .isEqualTo(COMMITMENTS);
            assertThat(count(
                            db,
                            "select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = 2",
                            STALLED_TIMER))
                    .as("every timer fired successfully exactly once")
                    .isEqualTo(COMMITMENTS);
            assertThat(count(
                            db,
                            "select count(distinct job_id_) from act_hi_job_log where act_id_ = ? and job_state_ = 2",
                            STALLED_TIMER))
                    .isEqualTo(COMMITMENTS);
            for (String job : orphaned) {
                assertThat(db.queryForList(
                                "select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                                String.class,
                                job))
                        .as("job %s, locked by the killed node, completed by the survivor", job)
                        .containsExactly("node-c");
            }
            Map<String, Long> byNode = db
                    .queryForList(
                            "select hostname_, count(*) as n from act_hi_job_log where act_id_ = ? and job_state_ = 2"
                                    + " group by hostname_",
                            STALLED_TIMER)
                    .stream()
                    .collect(
                            Collectors.toMap(r -> (String) r.get("hostname_"), r -> ((Number) r.get("n")).longValue()));
            System.out.println("timers fired per node: " + byNode);
            assertThat(byNode.keySet()).as("both nodes ran timers").containsExactlyInAnyOrder("node-b", "node-c");
            assertThat(count(db, "select count(*) from act_ru_incident")).isZero();

            // mails: one row per escalation and recipient, each sent, each received as exactly one message
            long rows = count(db, "select count(*) from notification_outbox where idempotency_key like 'escalation:%'");
            assertThat(count(
                            db,
                            "select count(distinct idempotency_key) from notification_outbox"
                                    + " where idempotency_key like 'escalation:%'"))
                    .isEqualTo(COMMITMENTS);
            assertThat(rows).isGreaterThanOrEqualTo(COMMITMENTS);
            Set<String> expectedIds = db
                    .queryForList(
                            "select id from notification_outbox where idempotency_key like 'escalation:%'", Long.class)
                    .stream()
                    .map(id -> "<outbox-" + id + ".commitment-tracker@example.org>")
                    .collect(Collectors.toSet());
            MimeMessage[] received = smtp.getReceivedMessages();
            List<String> receivedIds = new ArrayList<>();
            for (MimeMessage message : received) {
                receivedIds.add(messageId(message));
            }
            System.out.printf(
                    "%d mail rows, %d messages received, %d of them sent again after the kill%n",
                    rows,
                    received.length,
                    received.length - Set.copyOf(receivedIds).size());
            assertThat(Set.copyOf(receivedIds))
                    .as("every mail row arrived, as one message each")
                    .isEqualTo(expectedIds);
            // a mail goes twice only if B died between the SMTP server taking it and recording it as sent: at most
            // one per thread of B that talks to the server (2 senders, 8 job threads when the senders' queue is
            // full, the sweep). Before a claim respected another's lease, a sweep and the queuing node's sender
            // both sent mails that had waited in the senders' queue longer than the lease: 156 of 1,000 in one run.
            assertThat(received.length - Set.copyOf(receivedIds).size())
                    .as("mails sent twice")
                    .isLessThanOrEqualTo(11);

            // the survivor still serves people
            var tasks = new NodeHttp(nodeC)
                    .get("/engine-rest/task/count?taskDefinitionKey=userTask_decideOverdueItem", "unmissSenior");
            assertThat(tasks.status()).isEqualTo(200);
            assertThat(tasks.json().path("count").asLong()).isEqualTo(COMMITMENTS);
        } finally {
            for (AppNode node : nodes) {
                node.close();
            }
            postgres.close();
            smtp.stop();
        }
    }

    private static List<String> with(List<String> common, String nodeId, boolean jobExecutor) {
        List<String> args = new ArrayList<>(common);
        args.add("--commitments.node-id=" + nodeId);
        args.add("--camunda.bpm.job-execution.enabled=" + jobExecutor);
        return args;
    }

    /** Four clients at once, as a team would: numbering the commitments of one mission must not collide. */
    private static void openCommitments(NodeHttp http) throws Exception {
        String targetSigning = LocalDate.now().plusYears(1).toString();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 1; i <= COMMITMENTS; i++) {
                String body = "{\"mission\":\"UNMISS\",\"partyCode\":\"GOV-SSD\",\"type\":\"JOINT_COMMUNIQUE\","
                        + "\"title\":\"Cluster check " + i + "\",\"targetSigningDate\":\"" + targetSigning + "\"}";
                int n = i;
                answers.add(clients.submit(() -> {
                    var answer = http.postJson("/api/commitments", "unmissAdviser", body);
                    assertThat(answer.status())
                            .as("commitment " + n + ": " + answer.body())
                            .isEqualTo(201);
                }));
            }
            for (Future<?> answer : answers) {
                answer.get(10, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static long dueStalledTimers(JdbcTemplate db) {
        return count(db, "select count(*) from act_ru_job where handler_cfg_ like ?", "%" + STALLED_TIMER + "%");
    }

    private static List<String> lockedBy(JdbcTemplate db, String node) {
        return db.queryForList(
                "select id_ from act_ru_job where lock_owner_ = ? and handler_cfg_ like ?",
                String.class,
                node,
                "%" + STALLED_TIMER + "%");
    }

    private static long count(JdbcTemplate db, String sql, Object... args) {
        Long n = db.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the database (the nodes are other processes) until {@code done}, for {@link #PATIENCE} at most. */
    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited " + PATIENCE + " for " + what)
                    .isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
