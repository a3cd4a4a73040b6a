package org.wps.commitments.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One progress report on an activity: what the party reported or the UN verified, never incident details. */
@Entity
@Table(name = "progress_report")
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id", nullable = false)
    private Long activityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status;

    @Column(name = "progress_pct", nullable = false)
    private int progressPct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verification verification;

    @Column(name = "evidence_reference", length = 300)
    private String evidenceReference;

    @Column(length = 2000)
    private String note;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressReport() {}

    ProgressReport(
            Long activityId,
            ActivityStatus status,
            int progressPct,
            Verification verification,
            String evidenceReference,
            String note,
            String reportedBy,
            Instant reportedAt) {
        this.activityId = activityId;
        this.status = status;
        this.progressPct = progressPct;
        this.verification = verification;
        this.evidenceReference = evidenceReference;
        this.note = note;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getActivityId() {
        return activityId;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public int getProgressPct() {
        return progressPct;
    }

    public Verification getVerification() {
        return verification;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public String getNote() {
        return note;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
