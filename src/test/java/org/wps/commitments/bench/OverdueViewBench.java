package org.wps.commitments.bench;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.wps.commitments.CommitmentTrackerApplication;

/** W2, the overdue view at scale, on H2 in memory, the tracker's default database: its targets are set here. */
@SpringBootTest(
        classes = CommitmentTrackerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:overdue-view-bench;DB_CLOSE_DELAY=-1;" + BareEngine.H2_SETTINGS,
            "spring.autoconfigure.exclude="
                    + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration"
        })
@ActiveProfiles("test")
@Tag("bench")
// closed after the workload: the next ones start their own applications and should not share the heap with it
@DirtiesContext
class OverdueViewBench extends OverdueViewWorkload {

    @Override
    String workload() {
        return "W2";
    }

    @Override
    String title() {
        return "Overdue view: the dashboard's first page (50 rows)";
    }

    @Override
    String apiTarget() {
        return "< 50 ms";
    }

    @Override
    boolean targets() {
        return true;
    }

    @Override
    String database() {
        return "H2 in memory (" + BareEngine.H2_SETTINGS + ", as application.yaml's).";
    }
}
