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
import java.time.LocalDate;

/** A revised activity deadline with its reason: compliance reporting compares original and revised dates. */
@Entity
@Table(name = "deadline_change")
public class DeadlineChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id", nullable = false)
    private Long activityId;

    @Column(name = "previous_deadline", nullable = false)
    private LocalDate previousDeadline;

    @Column(name = "new_deadline", nullable = false)
    private LocalDate newDeadline;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineChangeSource source;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DeadlineChange() {}

    DeadlineChange(
            Long activityId,
            LocalDate previousDeadline,
            LocalDate newDeadline,
            String reason,
            DeadlineChangeSource source,
            String changedBy,
            Instant changedAt) {
        this.activityId = activityId;
        this.previousDeadline = previousDeadline;
        this.newDeadline = newDeadline;
        this.reason = reason;
        this.source = source;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getActivityId() {
        return activityId;
    }

    public LocalDate getPreviousDeadline() {
        return previousDeadline;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public String getReason() {
        return reason;
    }

    public DeadlineChangeSource getSource() {
        return source;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
