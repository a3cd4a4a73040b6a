package org.wps.commitments.commitment;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.identity.StartableProcess;

/** Advisers and senior advisers open commitments from Tasklist; the first service task checks their mission. */
@Configuration(proxyBeanMethods = false)
class CommitmentStarters {

    @Bean
    StartableProcess commitmentLifecycleStarters() {
        return new StartableProcess(CommitmentLifecycleProcess.KEY, List.of(Roles.ADVISERS, Roles.SENIOR_ADVISERS));
    }
}
