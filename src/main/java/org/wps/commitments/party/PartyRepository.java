package org.wps.commitments.party;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, String> {

    List<Party> findByMissionCodeOrderByName(String missionCode);
}
