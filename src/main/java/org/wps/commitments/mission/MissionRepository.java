package org.wps.commitments.mission;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissionRepository extends JpaRepository<Mission, String> {

    List<Mission> findByCodeInOrderByCode(Collection<String> codes);

    List<Mission> findAllByOrderByCode();
}
