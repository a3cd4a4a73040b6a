package org.wps.commitments.annualreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.mission.MissionOwned;
import org.wps.commitments.mission.MissionScopeCheck;

/**
 * A mission's input to the Secretary-General's annual report on CRSV for one year (January to December): the
 * figures per party ({@link PartyFigures}), the advisers' highlights and the sensitivity label, prepared by
 * advisers and approved by a senior adviser. The process instance of {@code annual-report-input} carries only
 * its id.
 */
@Entity
@EntityListeners(MissionScopeCheck.class)
@Table(name = "annual_report_input")
class AnnualReportInput implements MissionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mission_code", nullable = false)
    private String missionCode;

    @Column(name = "report_year", nullable = false)
    private int reportYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InputStatus status;

    @Column(length = 4000)
    private String highlights;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sensitivity sensitivity;

    @Column(name = "figures_as_of", nullable = false)
    private Instant figuresAsOf;

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected AnnualReportInput() {}

    AnnualReportInput(String missionCode, int reportYear, String processInstanceId, Instant figuresAsOf) {
        this.missionCode = missionCode;
        this.reportYear = reportYear;
        this.processInstanceId = processInstanceId;
        this.figuresAsOf = figuresAsOf;
        this.status = InputStatus.PREPARING;
        this.sensitivity = Sensitivity.CONFIDENTIAL;
    }

    void submit(String highlights, Sensitivity sensitivity, String userId, Instant at) {
        this.highlights = highlights;
        this.sensitivity = sensitivity;
        this.preparedBy = userId;
        this.preparedAt = at;
        this.status = InputStatus.SUBMITTED;
    }

    void returnForChanges(String comment) {
        this.returnComment = comment;
        this.approvedBy = null;
        this.approvedAt = null;
        this.status = InputStatus.PREPARING;
    }

    void recordApproval(String userId, Instant at) {
        this.approvedBy = userId;
        this.approvedAt = at;
    }

    void freeze(Instant at) {
        this.figuresAsOf = at;
        this.status = InputStatus.APPROVED;
    }

    void refreshed(Instant at) {
        this.figuresAsOf = at;
    }

    public Long getId() {
        return id;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public int getReportYear() {
        return reportYear;
    }

    public InputStatus getStatus() {
        return status;
    }

    public String getHighlights() {
        return highlights;
    }

    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    public Instant getFiguresAsOf() {
        return figuresAsOf;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
