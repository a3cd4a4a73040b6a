package org.wps.commitments.mission;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * One Camunda tenant per mission, created at every start for a mission that has none (idempotent; a tenant
 * renamed in Camunda Admin keeps its name). Like the identity bootstrap it runs before the web server starts.
 */
@Component
class MissionTenants implements SmartInitializingSingleton {

    private final IdentityService identityService;
    private final MissionRepository missions;

    MissionTenants(IdentityService identityService, MissionRepository missions) {
        this.identityService = identityService;
        this.missions = missions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Mission mission : missions.findAllByOrderByCode()) {
            if (identityService
                            .createTenantQuery()
                            .tenantId(mission.getTenantId())
                            .count()
                    == 0) {
                var tenant = identityService.newTenant(mission.getTenantId());
                tenant.setName(mission.getCode() + " — " + mission.getName());
                identityService.saveTenant(tenant);
            }
        }
    }
}
