package org.wps.commitments.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.wps.commitments.CommitmentTrackerApplication;
import org.wps.commitments.system.CommitmentsProperties.Admin;

/** Outside the demo profile there are no default users: the first administrator must come from the environment. */
class AdminAccountTest {

    @Test
    void anAdministratorFromTheEnvironmentIsAccepted() {
        assertThat(IdentityBootstrap.requireAdmin(new Admin("opsAdmin", "Long-Secret-42")))
                .isNotNull();
    }

    @Test
    void startingWithoutAnAdministratorFailsWithAClearMessage() {
        for (Admin missing :
                new Admin[] {null, new Admin(null, null), new Admin("opsAdmin", " "), new Admin("", "x")}) {
            assertThatThrownBy(() -> IdentityBootstrap.requireAdmin(missing))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("COMMITMENTS_ADMIN_ID")
                    .hasMessageContaining("COMMITMENTS_ADMIN_PASSWORD");
        }
    }

    @Test
    void theApplicationRefusesToStartOutsideTheDemoProfileWithoutAnAdministrator() {
        var application = new SpringApplicationBuilder(CommitmentTrackerApplication.class).profiles("production-check");
        assertThatThrownBy(() -> application.run(
                        "--spring.datasource.url=jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1",
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.process-engine-name=noAdmin",
                        "--commitments.admin.id=",
                        "--commitments.admin.password="))
                .rootCause()
                .hasMessageContaining("No administrator is configured");
    }
}
