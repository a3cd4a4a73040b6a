package org.wps.commitments.commitment;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.audit.AuditAction;
import org.wps.commitments.audit.AuditLog;
import org.wps.commitments.confidentiality.Clearance;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.web.NotFoundException;

/**
 * The one door to a commitment for a person: the commitment by reference (or id) only if she belongs to its mission
 * and her role may see its sensitivity ({@link Clearance}); otherwise the same "not found" as for a reference that
 * does not exist. Every read of a strictly confidential commitment by someone cleared for it is written to the audit
 * trail.
 */
@Component
public class CommitmentAccess {

    private final CommitmentRepository commitments;
    private final AuditLog audit;

    CommitmentAccess(CommitmentRepository commitments, AuditLog audit) {
        this.commitments = commitments;
        this.audit = audit;
    }

    /** The commitment {@code reference} as {@code actor} may read it, or 404. */
    @Transactional(readOnly = true)
    public Commitment visible(String reference, Actor actor) {
        String normalized = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
        Commitment commitment = commitments
                .findByReference(normalized)
                .filter(c -> maySee(c, actor))
                .orElseThrow(() -> new NotFoundException("No commitment '" + reference + "' in your missions."));
        audited(commitment, actor, "commitment " + commitment.getReference());
        return commitment;
    }

    /**
     * Checks that {@code actor} may read an item of commitment {@code commitmentId} (an activity, a concern, a
     * review): 404 with {@code notFound} otherwise. {@code subject} names the item in the audit trail.
     */
    @Transactional(readOnly = true)
    public Commitment requireVisible(long commitmentId, Actor actor, String subject, String notFound) {
        Commitment commitment = commitments
                .findById(commitmentId)
                .filter(c -> maySee(c, actor))
                .orElseThrow(() -> new NotFoundException(notFound));
        audited(commitment, actor, subject);
        return commitment;
    }

    /** Whether {@code actor} may see the commitment's content (its mission and its sensitivity). */
    public static boolean maySee(Commitment commitment, Actor actor) {
        return Clearance.maySee(actor, commitment.getMissionCode(), commitment.getSensitivity());
    }

    private void audited(Commitment commitment, Actor actor, String subject) {
        if (commitment.getSensitivity() == Sensitivity.STRICTLY_CONFIDENTIAL) {
            audit.record(actor, AuditAction.READ_STRICTLY_CONFIDENTIAL, commitment.getMissionCode(), subject, null);
        }
    }
}
