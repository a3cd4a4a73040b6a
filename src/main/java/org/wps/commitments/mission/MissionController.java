package org.wps.commitments.mission;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.identity.Actor;

/** {@code GET /api/missions}: the missions the caller belongs to. */
@RestController
@RequestMapping("/api/missions")
class MissionController {

    private final MissionRepository missions;

    MissionController(MissionRepository missions) {
        this.missions = missions;
    }

    @GetMapping
    List<MissionView> list(Actor user) {
        return missions.findByCodeInOrderByCode(user.missionCodes()).stream()
                .map(MissionView::of)
                .toList();
    }

    record MissionView(String code, String name, String country) {
        static MissionView of(Mission m) {
            return new MissionView(m.getCode(), m.getName(), m.getCountry());
        }
    }
}
