package org.wps.commitments.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {

    List<DeadlineChange> findByActivityIdOrderByChangedAtAscIdAsc(Long activityId);
}
