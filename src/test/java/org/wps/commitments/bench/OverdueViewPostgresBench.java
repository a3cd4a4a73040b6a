package org.wps.commitments.bench;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.wps.commitments.CommitmentTrackerApplication;

/**
 * W2, the overdue view at scale, on PostgreSQL, the production database: the same workload as {@link
 * OverdueViewBench} on a real server ({@link BenchDatabase}). The issue sets W2's targets on H2, so these figures
 * carry none; PostgreSQL plans the overdue query itself (the index hint is H2's only).
 */
@SpringBootTest(
        classes = CommitmentTrackerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.autoconfigure.exclude="
                    + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration"
        })
@ContextConfiguration(initializers = BenchDatabase.PostgresInitializer.class)
@ActiveProfiles("test")
@Tag("bench")
// closed after the workload, which stops its PostgreSQL server
@DirtiesContext
class OverdueViewPostgresBench extends OverdueViewWorkload {

    @Override
    String workload() {
        return "W2 on PostgreSQL";
    }

    @Override
    String title() {
        return "Overdue view on PostgreSQL: the dashboard's first page (50 rows)";
    }

    @Override
    String apiTarget() {
        return "≤ 50 ms (goal 25)";
    }

    @Override
    boolean targets() {
        return false;
    }

    @Override
    String database() {
        return BenchDatabase.POSTGRES_DESCRIPTION;
    }
}
