package org.wps.commitments.concern;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.wps.commitments.confidentiality.Sensitivity;

public interface ComplianceConcernRepository extends JpaRepository<ComplianceConcern, Long> {

    boolean existsByCommitmentIdAndKindAndReference(long commitmentId, ConcernKind kind, String reference);

    List<ComplianceConcern> findByCommitmentIdOrderByReportedAtDesc(long commitmentId);

    List<ComplianceConcern> findByCommitmentIdAndReportedAtBetween(long commitmentId, Instant from, Instant to);

    List<ComplianceConcern> findByCommitmentIdAndStatusIn(long commitmentId, Collection<ConcernStatus> statuses);

    List<ComplianceConcern> findByMissionCodeInAndSensitivity(Collection<String> missionCodes, Sensitivity sensitivity);
}
