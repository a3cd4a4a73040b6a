package org.wps.commitments.party;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.mission.MissionAccess;

/** {@code GET /api/parties?mission=UNMISS}: the parties a mission engages. */
@RestController
@RequestMapping("/api/parties")
class PartyController {

    private final PartyRepository parties;
    private final MissionAccess missionAccess;

    PartyController(PartyRepository parties, MissionAccess missionAccess) {
        this.parties = parties;
        this.missionAccess = missionAccess;
    }

    @GetMapping
    List<PartyView> list(@RequestParam("mission") String missionCode, Actor user) {
        var mission = missionAccess.visibleMission(missionCode, user);
        return parties.findByMissionCodeOrderByName(mission.getCode()).stream()
                .map(PartyView::of)
                .toList();
    }

    record PartyView(String code, String name, PartyType type, String mission) {
        static PartyView of(Party p) {
            return new PartyView(p.getCode(), p.getName(), p.getType(), p.getMissionCode());
        }
    }
}
