package org.wps.commitments.review;

/** How far one element of a commitment is implemented (DOMAIN.md §6.1). */
public enum ElementRating {
    NOT_STARTED,
    PARTIAL,
    SUBSTANTIAL,
    FULL
}
