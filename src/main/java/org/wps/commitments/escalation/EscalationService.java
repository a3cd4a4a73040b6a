package org.wps.commitments.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.time.Deadlines;

/**
 * The escalation rows of the ladder: opening a level (and telling its group), recording how it ended, and
 * finding the item each row is about. Called by the ladder's delegates in the engine's transaction.
 */
@Service
@Transactional
public class EscalationService {

    private final EscalationRepository escalations;
    private final Map<EscalatedItemType, EscalatedItems> items = new EnumMap<>(EscalatedItemType.class);
    private final Notifications notifications;
    private final Deadlines deadlines;

    EscalationService(
            EscalationRepository escalations,
            List<EscalatedItems> itemOwners,
            Notifications notifications,
            Deadlines deadlines) {
        this.escalations = escalations;
        this.notifications = notifications;
        this.deadlines = deadlines;
        for (EscalatedItems owner : itemOwners) {
            for (EscalatedItemType type : owner.types()) {
                if (items.put(type, owner) != null) {
                    throw new IllegalStateException("Two owners of escalated items of type " + type);
                }
            }
        }
    }

    public EscalatedItems ownerOf(EscalatedItemType type) {
        EscalatedItems owner = items.get(type);
        if (owner == null) {
            throw new IllegalStateException("No owner for escalated items of type " + type);
        }
        return owner;
    }

    @Transactional(readOnly = true)
    public EscalatedItem describe(EscalatedItemType type, long id) {
        return ownerOf(type).describe(type, id);
    }

    /** Opens a level: stores the row, notes the level on the item and e-mails the group of the mission once. */
    public Escalation open(
            EscalatedItem item, int level, String group, String reason, Instant dueAt, String processInstanceId) {
        Escalation escalation =
                escalations.save(new Escalation(item, level, group, reason, deadlines.now(), dueAt, processInstanceId));
        ownerOf(item.type()).escalatedTo(item.type(), item.id(), level);
        notifications.notifyAboutItem(
                "escalation:" + escalation.getId(),
                Mission.tenantIdOf(item.missionCode()),
                group,
                item.sensitivity(),
                "Escalation level " + level + ": " + item.label(),
                "A late item of mission " + item.missionCode() + " needs your decision at level " + level
                        + " of the escalation ladder.\n\nItem: " + item.label() + "\nDue on: " + item.dueDate()
                        + "\nWhy: " + reason + "\nDecide by: " + dueAt
                        + "\n\nOpen the task \"Decide on overdue item\" in Tasklist.");
        return escalation;
    }

    /** Records the decision a person took on the open level of this ladder. */
    public Escalation decide(
            String processInstanceId, EscalationDecision decision, String note, LocalDate newDeadline, Actor actor) {
        Escalation open = openLevel(processInstanceId);
        open.close(decision, note, newDeadline, actor.userId(), deadlines.now());
        return open;
    }

    /** Closes whatever level of this ladder is still open (undecided in time, or no longer needed). */
    public void closeOpenLevels(String processInstanceId, EscalationDecision how, String note) {
        for (Escalation open : escalations.findByProcessInstanceIdAndClosedAtIsNull(processInstanceId)) {
            open.close(how, note, null, Actor.SYSTEM.userId(), deadlines.now());
        }
    }

    /** Closes every open level of the commitment's items: the commitment was closed. */
    public int closeOpenOfCommitment(long commitmentId, String note) {
        int closed = 0;
        for (Escalation e : escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(commitmentId)) {
            if (e.isOpen()) {
                e.close(EscalationDecision.NO_LONGER_NEEDED, note, null, Actor.SYSTEM.userId(), deadlines.now());
                closed++;
            }
        }
        return closed;
    }

    @Transactional(readOnly = true)
    public Escalation openLevel(String processInstanceId) {
        return escalations.findByProcessInstanceIdAndClosedAtIsNull(processInstanceId).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No open escalation level for process instance " + processInstanceId));
    }

    /** The last level a person decided for this item. */
    @Transactional(readOnly = true)
    public Escalation lastDecided(EscalatedItemType type, long itemId) {
        List<Escalation> all = escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(type, itemId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).getDecision() != null && all.get(i).getDecision().endsLadder()) {
                return all.get(i);
            }
        }
        throw new IllegalStateException("No decided escalation for " + type + " " + itemId);
    }

    @Transactional(readOnly = true)
    public List<Escalation> ofItem(EscalatedItemType type, long itemId) {
        return escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(type, itemId);
    }
}
