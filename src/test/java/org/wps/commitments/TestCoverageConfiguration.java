package org.wps.commitments;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Flow-node coverage: every {@code *ProcessTest} class must cover 100% of its process; reports land in
 * {@code target/process-test-coverage/}.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestCoverageConfiguration {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return new ProcessEngineCoverageProperties.Builder()
                .addInclusionPatternForTestClasses(".*ProcessTest")
                .assertClassCoverageAtLeast(1.0)
                .build();
    }
}
