package org.wps.commitments.engagement;

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

/** One engagement with a party (meeting, visit, letter): date, level, counterpart role and outcome. */
@Entity
@Table(name = "engagement_record")
public class EngagementRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "engaged_on", nullable = false)
    private LocalDate engagedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EngagementLevel level;

    @Column(name = "counterpart_role", nullable = false, length = 200)
    private String counterpartRole;

    @Column(nullable = false, length = 2000)
    private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EngagementDecision decision;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected EngagementRecord() {}

    public EngagementRecord(
            Long commitmentId,
            LocalDate engagedOn,
            EngagementLevel level,
            String counterpartRole,
            String outcome,
            EngagementDecision decision,
            String recordedBy,
            Instant recordedAt) {
        this.commitmentId = commitmentId;
        this.engagedOn = engagedOn;
        this.level = level;
        this.counterpartRole = counterpartRole;
        this.outcome = outcome;
        this.decision = decision;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public LocalDate getEngagedOn() {
        return engagedOn;
    }

    public EngagementLevel getLevel() {
        return level;
    }

    public String getCounterpartRole() {
        return counterpartRole;
    }

    public String getOutcome() {
        return outcome;
    }

    public EngagementDecision getDecision() {
        return decision;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
