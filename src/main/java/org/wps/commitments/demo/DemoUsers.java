package org.wps.commitments.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wps.commitments.system.CommitmentsProperties;

/** Seeds the demo users (demo profile only), each with its role and missions; existing users are left alone. */
@Component
@Order(20)
@ConditionalOnProperty(name = "commitments.demo.users", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final String password;

    DemoUsers(IdentityService identityService, CommitmentsProperties properties) {
        this.identityService = identityService;
        this.password = properties.demo().password();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("commitments.demo.password must be set when demo users are seeded");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : DemoUser.ALL) {
            if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@example.org");
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(demo.id(), demo.role());
            demo.tenants().forEach(tenant -> identityService.createTenantUserMembership(tenant, demo.id()));
        }
        LOG.info(
                "Demo users ready: {} (password from commitments.demo.password)",
                DemoUser.ALL.stream().map(DemoUser::id).toList());
    }
}
