package org.wps.commitments.party;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, String> {

    List<Party> findByMissionCodeOrderByName(String missionCode);

    /** The party's name, or its code when no such party is recorded. */
    default String nameOf(String code) {
        return findById(code).map(Party::getName).orElse(code);
    }
}
