package org.wps.commitments.plan;

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
import java.time.LocalDate;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.mission.MissionOwned;
import org.wps.commitments.mission.MissionScopeCheck;

/**
 * One dated activity of an implementation plan (DOMAIN.md §4.3), followed by its own {@code activity-follow-up}
 * process instance until it is completed or cancelled. Keeps the original deadline next to the current one.
 */
@Entity
@EntityListeners(MissionScopeCheck.class)
@Table(name = "plan_activity")
public class PlanActivity implements MissionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "mission_code", nullable = false)
    private String missionCode;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String pillar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityClassification classification;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitment_element", nullable = false)
    private CommitmentElement commitmentElement;

    @Column(name = "responsible_entity", nullable = false, length = 200)
    private String responsibleEntity;

    @Column(name = "original_deadline", nullable = false)
    private LocalDate originalDeadline;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false, length = 500)
    private String indicator;

    @Column(length = 200)
    private String baseline;

    @Column(nullable = false, length = 200)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_status", nullable = false)
    private FundingStatus fundingStatus;

    @Column(name = "means_of_verification", nullable = false, length = 500)
    private String meansOfVerification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status;

    @Column(name = "progress_pct", nullable = false)
    private int progressPct;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "last_report_at")
    private Instant lastReportAt;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected PlanActivity() {}

    PlanActivity(Long planId, Long commitmentId, String missionCode, String code, NewActivity details) {
        this.planId = planId;
        this.commitmentId = commitmentId;
        this.missionCode = missionCode;
        this.code = code;
        this.title = details.title();
        this.pillar = details.pillar();
        this.classification = details.classification();
        this.commitmentElement = details.commitmentElement();
        this.responsibleEntity = details.responsibleEntity();
        this.originalDeadline = details.deadline();
        this.deadline = details.deadline();
        this.indicator = details.indicator();
        this.baseline = details.baseline();
        this.target = details.target();
        this.fundingStatus = details.fundingStatus();
        this.meansOfVerification = details.meansOfVerification();
        this.status = ActivityStatus.PLANNED;
    }

    void report(ActivityStatus newStatus, int pct, Verification newVerification, Instant at) {
        this.status = newStatus;
        this.progressPct = pct;
        this.verification = newVerification;
        this.lastReportAt = at;
        if (newStatus.isFinished()) {
            this.closedAt = at;
        }
    }

    void moveDeadline(LocalDate newDeadline) {
        this.deadline = newDeadline;
        this.overdueSince = null;
        this.escalationLevel = 0;
    }

    void markOverdue(LocalDate since) {
        this.overdueSince = since;
    }

    void escalatedTo(int level) {
        this.escalationLevel = level;
    }

    void reminded(Instant at) {
        this.lastReminderAt = at;
    }

    void cancelAsNotFeasible(String note, Instant at) {
        this.status = ActivityStatus.CANCELLED;
        this.closingNote = note;
        this.closedAt = at;
    }

    void linkProcessInstance(String id) {
        this.processInstanceId = id;
    }

    public Long getId() {
        return id;
    }

    /** Grows with every change of the activity; the API's ETag. */
    public long getVersion() {
        return version;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getPillar() {
        return pillar;
    }

    public ActivityClassification getClassification() {
        return classification;
    }

    public CommitmentElement getCommitmentElement() {
        return commitmentElement;
    }

    public String getResponsibleEntity() {
        return responsibleEntity;
    }

    public LocalDate getOriginalDeadline() {
        return originalDeadline;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getBaseline() {
        return baseline;
    }

    public String getTarget() {
        return target;
    }

    public FundingStatus getFundingStatus() {
        return fundingStatus;
    }

    public String getMeansOfVerification() {
        return meansOfVerification;
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

    /** The day the deadline passed without the activity being finished; null when on time. */
    public LocalDate getOverdueSince() {
        return overdueSince;
    }

    /** The highest escalation level reached for the current deadline (0: none). */
    public int getEscalationLevel() {
        return escalationLevel;
    }

    public Instant getLastReportAt() {
        return lastReportAt;
    }

    public Instant getLastReminderAt() {
        return lastReminderAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    /** "UNMISS-JC-2014 A03: title", for task names, e-mails and escalations. */
    public String label(String commitmentReference) {
        return commitmentReference + " " + code + ": " + title;
    }
}
