package org.wps.commitments.annualreport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.wps.commitments.confidentiality.Sensitivity;

interface AnnualReportInputRepository extends JpaRepository<AnnualReportInput, Long> {

    Optional<AnnualReportInput> findByMissionCodeAndReportYear(String missionCode, int reportYear);

    boolean existsByMissionCodeAndReportYear(String missionCode, int reportYear);

    List<AnnualReportInput> findByMissionCodeInOrderByMissionCodeAscReportYearDesc(Collection<String> missionCodes);

    List<AnnualReportInput> findByMissionCodeInAndSensitivity(Collection<String> missionCodes, Sensitivity sensitivity);
}
