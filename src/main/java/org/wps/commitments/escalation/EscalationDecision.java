package org.wps.commitments.escalation;

/**
 * How an escalation level ends. The first four are what the person at that level decides (DOMAIN.md §10); the
 * others are recorded by the tracker itself.
 */
public enum EscalationDecision {
    ACCEPT_NEW_DEADLINE,
    ENGAGE_PARTY,
    RAISE_TO_NEXT_LEVEL,
    CLOSE_AS_NOT_FEASIBLE,
    /** Nobody decided before the level's due date: the next level opened by itself. */
    NO_DECISION,
    /** The item was done, or its deadline revised, while the level was open. */
    NO_LONGER_NEEDED;

    /** Decisions that end the ladder: the calling process acts on them. */
    public boolean endsLadder() {
        return this == ACCEPT_NEW_DEADLINE || this == CLOSE_AS_NOT_FEASIBLE;
    }

    /** The choices offered to a person in the "Decide on overdue item" form. */
    public boolean isPersonal() {
        return this != NO_DECISION && this != NO_LONGER_NEEDED;
    }
}
