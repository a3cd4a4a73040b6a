package org.wps.commitments.concern;

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
 * A compliance concern about a signed commitment: its kind and an opaque reference (e.g. a MARA reference),
 * who reported it, how senior advisers assessed it and what was decided. It never describes a person or an
 * incident.
 */
@Entity
@EntityListeners(MissionScopeCheck.class)
@Table(name = "compliance_concern")
public class ComplianceConcern implements MissionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "mission_code", nullable = false)
    private String missionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernKind kind;

    @Column(nullable = false, length = 64)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sensitivity sensitivity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernStatus status;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment")
    private ConcernReferral referral;

    @Column(name = "assessment_note", length = 2000)
    private String assessmentNote;

    @Column(name = "assessed_by")
    private String assessedBy;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    private ConcernAction action;

    @Column(name = "action_note", length = 2000)
    private String actionNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "assessment_due_at")
    private Instant assessmentDueAt;

    @Column(name = "action_due_at")
    private Instant actionDueAt;

    @Version
    private long version;

    protected ComplianceConcern() {}

    ComplianceConcern(
            long commitmentId,
            String missionCode,
            ConcernKind kind,
            String reference,
            Sensitivity sensitivity,
            String reportedBy,
            Instant reportedAt,
            Instant assessmentDueAt) {
        this.commitmentId = commitmentId;
        this.missionCode = missionCode;
        this.kind = kind;
        this.reference = reference;
        this.sensitivity = sensitivity;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.status = ConcernStatus.REPORTED;
        this.assessmentDueAt = assessmentDueAt;
    }

    void refer(ConcernReferral referral, String note, String by, Instant at, Instant actionDueAt) {
        this.actionDueAt = actionDueAt;
        this.referral = referral;
        this.assessmentNote = note;
        this.assessedBy = by;
        this.assessedAt = at;
        this.status = ConcernStatus.REFERRED;
    }

    void decide(ConcernAction action, String note, String by, Instant at) {
        this.action = action;
        this.actionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = ConcernStatus.ACTED_UPON;
    }

    void closeWithCommitment() {
        this.status = ConcernStatus.CLOSED_WITH_COMMITMENT;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public ConcernKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public ConcernReferral getReferral() {
        return referral;
    }

    public String getAssessmentNote() {
        return assessmentNote;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public ConcernAction getAction() {
        return action;
    }

    public String getActionNote() {
        return actionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** When the senior advisers' assessment is due. */
    public Instant getAssessmentDueAt() {
        return assessmentDueAt;
    }

    /** When the referred group's decision is due, once referred. */
    public Instant getActionDueAt() {
        return actionDueAt;
    }
}
