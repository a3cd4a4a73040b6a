package org.wps.commitments.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByActivityIdOrderByReportedAtAscIdAsc(Long activityId);
}
