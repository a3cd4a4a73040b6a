package org.wps.commitments.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.List;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.mission.MissionOwned;
import org.wps.commitments.mission.MissionScopeCheck;

/**
 * A commitment sought from, or made by, a party to conflict, followed from engagement to implementation.
 * The process instance of {@code commitment-lifecycle} carries only its id and reference; this row holds the data.
 */
@Entity
@EntityListeners(MissionScopeCheck.class)
@Table(name = "commitment")
public class Commitment implements MissionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String reference;

    @Column(name = "mission_code", nullable = false)
    private String missionCode;

    @Column(name = "party_code", nullable = false)
    private String partyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentType type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "target_signing_date", nullable = false)
    private LocalDate targetSigningDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sensitivity sensitivity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStage stage;

    @Column(name = "stage_due_date")
    private Instant stageDueDate;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Convert(converter = CommitmentElementsConverter.class)
    @Column(length = 1000)
    private List<CommitmentElement> elements = List.of();

    @Column(name = "draft_reference", length = 200)
    private String draftReference;

    @Column(name = "draft_summary", length = 2000)
    private String draftSummary;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signing_place", length = 200)
    private String signingPlace;

    @Column(name = "signatory_titles", length = 500)
    private String signatoryTitles;

    @Column(name = "document_reference", length = 200)
    private String documentReference;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspension_reason", length = 1000)
    private String suspensionReason;

    @Column(name = "superseded_by", length = 60)
    private String supersededBy;

    @Column(name = "closure_proposed_at")
    private Instant closureProposedAt;

    @Version
    private long version;

    protected Commitment() {}

    Commitment(
            String reference,
            String missionCode,
            String partyCode,
            CommitmentType type,
            String title,
            LocalDate targetSigningDate,
            Sensitivity sensitivity,
            String openedBy,
            Instant openedAt) {
        this.reference = reference;
        this.missionCode = missionCode;
        this.partyCode = partyCode;
        this.type = type;
        this.title = title;
        this.targetSigningDate = targetSigningDate;
        this.sensitivity = sensitivity;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.stage = CommitmentStage.ENGAGEMENT;
    }

    void moveTo(CommitmentStage newStage, Instant dueDate) {
        this.stage = newStage;
        this.stageDueDate = dueDate;
    }

    void proposeClosure(Instant at) {
        this.closureProposedAt = at;
    }

    void keepOpen() {
        this.closureProposedAt = null;
    }

    void supersededBy(String successorReference) {
        this.supersededBy = successorReference;
    }

    void close(CommitmentStage outcome, String note, Instant at) {
        if (!outcome.isClosed()) {
            throw new IllegalArgumentException(outcome + " is not a closing outcome");
        }
        this.stage = outcome;
        this.stageDueDate = null;
        this.closingNote = note;
        this.closedAt = at;
    }

    void recordDraft(List<CommitmentElement> newElements, String newDraftReference, String summary) {
        this.elements = List.copyOf(newElements);
        this.draftReference = newDraftReference;
        this.draftSummary = summary;
    }

    void recordSigning(LocalDate date, String place, String titles, String document) {
        this.signedOn = date;
        this.signingPlace = place;
        this.signatoryTitles = titles;
        this.documentReference = document;
    }

    void recordReminder(Instant at) {
        this.lastReminderAt = at;
        this.reminderCount++;
    }

    void suspend(String reason, Instant at) {
        this.suspendedAt = at;
        this.suspensionReason = reason;
    }

    void resume() {
        this.suspendedAt = null;
        this.suspensionReason = null;
    }

    /** Moves the due date of the current stage (a new deadline accepted on escalation). */
    void moveStageDueDate(Instant dueDate) {
        this.stageDueDate = dueDate;
    }

    void linkProcessInstance(String id) {
        this.processInstanceId = id;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public CommitmentType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getTargetSigningDate() {
        return targetSigningDate;
    }

    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    public CommitmentStage getStage() {
        return stage;
    }

    public Instant getStageDueDate() {
        return stageDueDate;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public List<CommitmentElement> getElements() {
        return elements;
    }

    public String getDraftReference() {
        return draftReference;
    }

    public String getDraftSummary() {
        return draftSummary;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSigningPlace() {
        return signingPlace;
    }

    public String getSignatoryTitles() {
        return signatoryTitles;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public Instant getLastReminderAt() {
        return lastReminderAt;
    }

    public int getReminderCount() {
        return reminderCount;
    }

    /** When the commitment was suspended (its timers stopped), or null while it is followed normally. */
    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    /** The reference of the commitment that replaced this one, when it was closed as SUPERSEDED. */
    public String getSupersededBy() {
        return supersededBy;
    }

    /** Since when a final compliance assessment is open, or null. */
    public Instant getClosureProposedAt() {
        return closureProposedAt;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }
}
