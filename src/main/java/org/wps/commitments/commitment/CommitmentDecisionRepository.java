package org.wps.commitments.commitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitmentDecisionRepository extends JpaRepository<CommitmentDecision, Long> {

    List<CommitmentDecision> findByCommitmentIdOrderByDecidedAtAscIdAsc(Long commitmentId);
}
