package org.wps.commitments.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.wps.commitments.confidentiality.Sensitivity;

/** A commitment as the API shows it ({@code /api/commitments}), with its party's name. */
public record CommitmentView(
        String reference,
        String mission,
        String partyCode,
        String partyName,
        CommitmentType type,
        String title,
        LocalDate targetSigningDate,
        Sensitivity sensitivity,
        CommitmentStage stage,
        Instant stageDueDate,
        String processInstanceId,
        String openedBy,
        Instant openedAt,
        List<CommitmentElement> elements,
        String draftReference,
        LocalDate signedOn,
        String signingPlace,
        String signatoryTitles,
        String documentReference,
        Instant closedAt,
        String closingNote,
        Instant lastReminderAt,
        Instant suspendedAt,
        String suspensionReason) {

    public static CommitmentView of(Commitment c, String partyName) {
        return new CommitmentView(
                c.getReference(),
                c.getMissionCode(),
                c.getPartyCode(),
                partyName,
                c.getType(),
                c.getTitle(),
                c.getTargetSigningDate(),
                c.getSensitivity(),
                c.getStage(),
                c.getStageDueDate(),
                c.getProcessInstanceId(),
                c.getOpenedBy(),
                c.getOpenedAt(),
                c.getElements(),
                c.getDraftReference(),
                c.getSignedOn(),
                c.getSigningPlace(),
                c.getSignatoryTitles(),
                c.getDocumentReference(),
                c.getClosedAt(),
                c.getClosingNote(),
                c.getLastReminderAt(),
                c.getSuspendedAt(),
                c.getSuspensionReason());
    }
}
