package org.wps.commitments.mission;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.web.NotFoundException;

/** Resolves a mission code for a user, as if missions the user does not belong to did not exist. */
@Component
public class MissionAccess {

    private final MissionRepository missions;

    MissionAccess(MissionRepository missions) {
        this.missions = missions;
    }

    public Mission visibleMission(String missionCode, Actor user) {
        String code = missionCode == null ? "" : missionCode.trim().toUpperCase(Locale.ROOT);
        return missions.findById(code)
                .filter(m -> user.tenantIds().contains(m.getTenantId()))
                .orElseThrow(() -> new NotFoundException("No mission '" + missionCode + "' among your missions."));
    }
}
