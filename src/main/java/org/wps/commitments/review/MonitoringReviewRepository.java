package org.wps.commitments.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.wps.commitments.confidentiality.Sensitivity;

public interface MonitoringReviewRepository extends JpaRepository<MonitoringReview, Long> {

    Optional<MonitoringReview> findByCommitmentIdAndPeriodEnd(long commitmentId, LocalDate periodEnd);

    boolean existsByCommitmentIdAndPeriodEnd(long commitmentId, LocalDate periodEnd);

    Optional<MonitoringReview> findFirstByCommitmentIdOrderByPeriodEndDesc(long commitmentId);

    Optional<MonitoringReview> findFirstByCommitmentIdAndStatusAndIdNotOrderByPeriodEndDesc(
            long commitmentId, ReviewStatus status, long exceptId);

    List<MonitoringReview> findByCommitmentIdOrderByPeriodEndDesc(long commitmentId);

    List<MonitoringReview> findByCommitmentIdAndStatusIn(long commitmentId, Collection<ReviewStatus> statuses);

    List<MonitoringReview> findByMissionCodeInAndSensitivity(Collection<String> missionCodes, Sensitivity sensitivity);
}
