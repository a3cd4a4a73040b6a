package org.wps.commitments.escalation;

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
import org.wps.commitments.mission.MissionOwned;
import org.wps.commitments.mission.MissionScopeCheck;

/**
 * One level of the escalation ladder that a late item reached: who was asked (the candidate group of the
 * mission), why, when it opened, when it was due, and how it ended. Managers query these rows, never process
 * variables.
 */
@Entity
@EntityListeners(MissionScopeCheck.class)
@Table(name = "escalation")
public class Escalation implements MissionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "mission_code", nullable = false)
    private String missionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    private EscalatedItemType itemType;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "item_label", nullable = false, length = 400)
    private String itemLabel;

    @Column(name = "item_due_date", nullable = false)
    private LocalDate itemDueDate;

    @Column(nullable = false)
    private int level;

    @Column(name = "candidate_group", nullable = false, length = 64)
    private String candidateGroup;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private EscalationDecision decision;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "new_deadline")
    private LocalDate newDeadline;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Escalation() {}

    Escalation(
            EscalatedItem item,
            int level,
            String candidateGroup,
            String reason,
            Instant openedAt,
            Instant dueAt,
            String processInstanceId) {
        this.commitmentId = item.commitmentId();
        this.missionCode = item.missionCode();
        this.itemType = item.type();
        this.itemId = item.id();
        this.itemLabel = item.label();
        this.itemDueDate = item.dueDate();
        this.level = level;
        this.candidateGroup = candidateGroup;
        this.reason = reason;
        this.openedAt = openedAt;
        this.dueAt = dueAt;
        this.processInstanceId = processInstanceId;
    }

    void close(EscalationDecision how, String note, LocalDate deadline, String by, Instant at) {
        this.decision = how;
        this.decisionNote = note;
        this.newDeadline = deadline;
        this.decidedBy = by;
        this.closedAt = at;
    }

    public boolean isOpen() {
        return closedAt == null;
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

    public EscalatedItemType getItemType() {
        return itemType;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getItemLabel() {
        return itemLabel;
    }

    public LocalDate getItemDueDate() {
        return itemDueDate;
    }

    public int getLevel() {
        return level;
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public EscalationDecision getDecision() {
        return decision;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
