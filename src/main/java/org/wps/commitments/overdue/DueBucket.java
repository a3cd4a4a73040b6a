package org.wps.commitments.overdue;

/** Which open items a view lists, by their due date. */
public enum DueBucket {
    /** Due before now. */
    OVERDUE,
    /** Due from now up to seven days ahead. */
    DUE_SOON,
    /** Open, but without a due date (commitments in a stage without one, such as implementation). */
    NO_DUE_DATE
}
