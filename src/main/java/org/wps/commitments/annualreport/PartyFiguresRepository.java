package org.wps.commitments.annualreport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartyFiguresRepository extends JpaRepository<PartyFigures, Long> {

    List<PartyFigures> findByInputIdOrderByPartyCode(long inputId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from PartyFigures f where f.inputId = :inputId")
    int deleteByInput(@Param("inputId") long inputId);
}
