package org.wps.commitments.mission;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MissionRepository extends JpaRepository<Mission, String> {

    List<Mission> findByCodeInOrderByCode(Collection<String> codes);

    List<Mission> findAllByOrderByCode();

    /**
     * The mission, its row locked until the transaction ends: commitments opened for it at the same moment take
     * their numbers one after the other instead of the same one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Mission m where m.code = :code")
    Optional<Mission> lockForNumbering(@Param("code") String code);
}
