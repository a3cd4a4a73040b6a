package org.wps.commitments.concern;

/** What a compliance concern is about (DOMAIN.md §5.4, §10): always by opaque reference, never a narrative. */
public enum ConcernKind {
    /** A UN-verified allegation implicating the party, by its MARA reference. */
    VERIFIED_ALLEGATION,
    /** Denial of access for monitoring. */
    DENIAL_OF_ACCESS,
    /** An amnesty covering conflict-related sexual violence. */
    AMNESTY
}
