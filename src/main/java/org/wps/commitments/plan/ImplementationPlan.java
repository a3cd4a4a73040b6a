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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.wps.commitments.mission.MissionOwned;
import org.wps.commitments.mission.MissionScopeCheck;

/**
 * The implementation plan of a signed commitment, from its first draft through validation to the completion of
 * its activities. One commitment may have several plans over the years; the process {@code implementation-plan}
 * carries only the plan's id.
 */
@Entity
@EntityListeners(MissionScopeCheck.class)
@Table(name = "implementation_plan")
public class ImplementationPlan implements MissionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "mission_code", nullable = false, length = 20)
    private String missionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(length = 300)
    private String title;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "coordination_body", length = 300)
    private String coordinationBody;

    @Column(precision = 15, scale = 2)
    private BigDecimal budget;

    @Column(length = 3)
    private String currency;

    /** When the validated plan is due (drafting reminders and the draft task's due date). */
    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "validated_on")
    private LocalDate validatedOn;

    @Column(name = "validating_body", length = 300)
    private String validatingBody;

    @Column(name = "validation_comment", length = 2000)
    private String validationComment;

    @Column(name = "validated_by")
    private String validatedBy;

    @Column(name = "warning_sent_at")
    private Instant warningSentAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ImplementationPlan() {}

    ImplementationPlan(
            Long commitmentId,
            String missionCode,
            LocalDate dueDate,
            String processInstanceId,
            String recordedBy,
            Instant recordedAt) {
        this.commitmentId = commitmentId;
        this.missionCode = missionCode;
        this.status = PlanStatus.DRAFTING;
        this.dueDate = dueDate;
        this.processInstanceId = processInstanceId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public String getMissionCode() {
        return missionCode;
    }

    void submit(
            String newTitle,
            LocalDate start,
            LocalDate end,
            String body,
            BigDecimal newBudget,
            String newCurrency,
            String by,
            Instant at) {
        this.title = newTitle;
        this.periodStart = start;
        this.periodEnd = end;
        this.coordinationBody = body;
        this.budget = newBudget;
        this.currency = newCurrency;
        this.recordedBy = by;
        this.recordedAt = at;
        this.status = PlanStatus.SUBMITTED;
    }

    void returnForChanges(String comment, String by) {
        this.status = PlanStatus.DRAFTING;
        this.validationComment = comment;
        this.validatedBy = by;
    }

    void validate(LocalDate on, String body, String comment, String by) {
        this.status = PlanStatus.VALIDATED;
        this.validatedOn = on;
        this.validatingBody = body;
        this.validationComment = comment;
        this.validatedBy = by;
    }

    void complete(Instant at) {
        this.status = PlanStatus.COMPLETED;
        this.completedAt = at;
    }

    void closeAsNotFeasible(String comment, Instant at) {
        this.status = PlanStatus.NOT_FEASIBLE;
        this.validationComment = comment;
        this.completedAt = at;
    }

    void moveDueDate(LocalDate newDueDate) {
        this.dueDate = newDueDate;
    }

    void warningSent(Instant at) {
        this.warningSentAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getCoordinationBody() {
        return coordinationBody;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getValidatedOn() {
        return validatedOn;
    }

    public String getValidatingBody() {
        return validatingBody;
    }

    public String getValidationComment() {
        return validationComment;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public Instant getWarningSentAt() {
        return warningSentAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
