package org.wps.commitments.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImplementationPlanRepository extends JpaRepository<ImplementationPlan, Long> {

    List<ImplementationPlan> findByCommitmentIdOrderByIdAsc(Long commitmentId);
}
