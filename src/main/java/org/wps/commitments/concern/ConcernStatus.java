package org.wps.commitments.concern;

/** Where a compliance concern stands. */
public enum ConcernStatus {
    /** Reported; senior advisers assess it. */
    REPORTED,
    /** Referred to mission leadership or the OSRSG-SVC desk, who decide the action. */
    REFERRED,
    /** The action was decided. */
    ACTED_UPON,
    /** The commitment was closed before the concern was acted upon. */
    CLOSED_WITH_COMMITMENT
}
