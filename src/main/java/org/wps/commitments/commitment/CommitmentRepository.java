package org.wps.commitments.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.wps.commitments.confidentiality.Sensitivity;

public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    Optional<Commitment> findByReference(String reference);

    Optional<Commitment> findByProcessInstanceId(String processInstanceId);

    boolean existsByReference(String reference);

    @Query(
            """
            select c from Commitment c
            where c.missionCode in :missions
              and (:mission is null or c.missionCode = :mission)
              and (:stage is null or c.stage = :stage)
            order by c.missionCode, c.reference""")
    List<Commitment> search(
            @Param("missions") Collection<String> missions,
            @Param("mission") String mission,
            @Param("stage") CommitmentStage stage);

    /** The references of these missions' commitments with this label (the business key of all their processes). */
    @Query("select c.reference from Commitment c where c.missionCode in :missions and c.sensitivity = :sensitivity")
    List<String> referencesLabelled(
            @Param("missions") Collection<String> missions, @Param("sensitivity") Sensitivity sensitivity);

    @Query("select c.reference from Commitment c where c.reference like :prefix%")
    List<String> referencesStartingWith(@Param("prefix") String prefix);
}
