package org.wps.commitments.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActivityRepository extends JpaRepository<PlanActivity, Long> {

    List<PlanActivity> findByPlanIdOrderByCodeAsc(Long planId);

    List<PlanActivity> findByCommitmentIdOrderByIdAsc(Long commitmentId);
}
