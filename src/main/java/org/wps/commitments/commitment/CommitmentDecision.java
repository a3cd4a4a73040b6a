package org.wps.commitments.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A decision taken on a commitment (a review, a clearance, a senior follow-up), kept as its trail. */
@Entity
@Table(name = "commitment_decision")
public class CommitmentDecision {

    /** The step at which a decision is taken. */
    public enum Step {
        SENIOR_REVIEW,
        CLEARANCE,
        SIGNING,
        STALLED_ENGAGEMENT_REVIEW,
        OVERDUE_SIGNATURE_REVIEW,
        MISSING_PLAN_REVIEW,
        FINAL_ASSESSMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Step step;

    @Column(nullable = false, length = 40)
    private String decision;

    @Column(length = 2000)
    private String comment;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CommitmentDecision() {}

    public CommitmentDecision(
            Long commitmentId, Step step, String decision, String comment, String decidedBy, Instant decidedAt) {
        this.commitmentId = commitmentId;
        this.step = step;
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public Step getStep() {
        return step;
    }

    public String getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
