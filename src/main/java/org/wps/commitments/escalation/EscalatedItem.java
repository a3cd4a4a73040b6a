package org.wps.commitments.escalation;

import java.time.LocalDate;
import org.wps.commitments.confidentiality.Sensitivity;

/**
 * The late item a ladder is about, as the calling process describes it.
 *
 * @param type what kind of work is late
 * @param id the domain id of the item (activity id, plan id or commitment id)
 * @param commitmentId the commitment it belongs to
 * @param missionCode the mission whose groups are asked
 * @param label what people read: "UNMISS-JC-2014 A03: Issue command order"
 * @param dueDate the date the item was due; ladder levels open relative to it; a date in the future means the
 *     item is not late (yet) again, e.g. an engagement was recorded
 * @param partyListed whether the commitment's party is listed in the Secretary-General's annex
 * @param open false once the item is resolved (plan validated, commitment moved on): it is no longer late
 * @param sensitivity the item's label (the most restrictive of its own and its commitment's): what its escalation
 *     mails may say and whom they may reach
 */
public record EscalatedItem(
        EscalatedItemType type,
        long id,
        long commitmentId,
        String missionCode,
        String label,
        LocalDate dueDate,
        boolean partyListed,
        boolean open,
        Sensitivity sensitivity) {

    /** Still late on {@code today}: its due date has come and it is not done. */
    public boolean lateOn(LocalDate today) {
        return open && !dueDate.isAfter(today);
    }
}
