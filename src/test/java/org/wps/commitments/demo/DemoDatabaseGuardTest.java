package org.wps.commitments.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo profile refuses every database but the embedded H2, without a Spring context. */
class DemoDatabaseGuardTest {

    private static MockEnvironment demo(String url) {
        MockEnvironment environment = new MockEnvironment();
        environment.setDefaultProfiles("demo");
        environment.setProperty("spring.datasource.url", url);
        environment.setProperty("commitments.demo.users", "true");
        environment.setProperty("commitments.demo.commitments", "true");
        return environment;
    }

    @Test
    void demoOnEmbeddedH2Starts() {
        assertThatCode(() -> DemoDatabaseGuard.check(
                        demo("jdbc:h2:file:./data/commitments;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DemoDatabaseGuard.check(demo("jdbc:h2:mem:tracker;DB_CLOSE_DELAY=-1")))
                .doesNotThrowAnyException();
    }

    @Test
    void demoOnPostgresqlIsRefusedNamingTheKindNotTheSecrets() {
        assertThatThrownBy(() -> DemoDatabaseGuard.check(
                        demo("jdbc:postgresql://db.example:5432/tracker?user=tracker&password=S3cret-value")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo profile")
                .hasMessageContaining("postgresql database")
                .hasMessageNotContaining("S3cret-value")
                .hasMessageNotContaining("db.example");
    }

    @Test
    void demoOnAnH2ServerIsRefused() {
        assertThatThrownBy(() -> DemoDatabaseGuard.check(demo("jdbc:h2:tcp://db.example/~/tracker")))
                .hasMessageContaining("h2:tcp database");
    }

    @Test
    void demoActivatedExplicitlyIsCheckedToo() {
        MockEnvironment environment = demo("jdbc:postgresql://db/tracker");
        environment.setDefaultProfiles();
        environment.setActiveProfiles("demo");
        assertThatThrownBy(() -> DemoDatabaseGuard.check(environment)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void demoDataOutsideTheDemoProfileIsRefused() {
        MockEnvironment environment = demo("jdbc:postgresql://db/tracker");
        environment.setDefaultProfiles();
        environment.setActiveProfiles("postgres");
        assertThatThrownBy(() -> DemoDatabaseGuard.check(environment)).hasMessageContaining("commitments.demo.users");
    }

    @Test
    void postgresWithoutDemoDataStarts() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://db/tracker");
        assertThatCode(() -> DemoDatabaseGuard.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void testProfileMaySeedDemoUsersOnPostgresql() {
        MockEnvironment environment = demo("jdbc:postgresql://localhost/tracker_test");
        environment.setDefaultProfiles();
        environment.setActiveProfiles("test");
        assertThatCode(() -> DemoDatabaseGuard.check(environment)).doesNotThrowAnyException();
    }
}
