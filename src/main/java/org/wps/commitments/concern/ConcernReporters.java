package org.wps.commitments.concern;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.identity.StartableProcess;

/**
 * Advisers, senior advisers, mission leadership and the OSRSG-SVC desk report compliance concerns from Tasklist;
 * the service task checks the commitment's mission.
 */
@Configuration(proxyBeanMethods = false)
class ConcernReporters {

    @Bean
    StartableProcess complianceConcernReporters() {
        return new StartableProcess(
                ComplianceConcernProcess.REPORT_KEY,
                List.of(Roles.ADVISERS, Roles.SENIOR_ADVISERS, Roles.MISSION_LEADERSHIP, Roles.OSRSG_SVC));
    }
}
