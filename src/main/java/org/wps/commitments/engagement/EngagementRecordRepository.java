package org.wps.commitments.engagement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementRecordRepository extends JpaRepository<EngagementRecord, Long> {

    List<EngagementRecord> findByCommitmentIdOrderByEngagedOnAscIdAsc(Long commitmentId);
}
