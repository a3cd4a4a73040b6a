package org.wps.commitments.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A validated implementation plan of a signed commitment (one commitment may have several over the years). */
@Entity
@Table(name = "implementation_plan")
public class ImplementationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "validated_on", nullable = false)
    private LocalDate validatedOn;

    @Column(name = "validating_body", nullable = false, length = 300)
    private String validatingBody;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ImplementationPlan() {}

    public ImplementationPlan(
            Long commitmentId,
            String title,
            LocalDate validatedOn,
            String validatingBody,
            String recordedBy,
            Instant recordedAt) {
        this.commitmentId = commitmentId;
        this.title = title;
        this.validatedOn = validatedOn;
        this.validatingBody = validatingBody;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getValidatedOn() {
        return validatedOn;
    }

    public String getValidatingBody() {
        return validatingBody;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
