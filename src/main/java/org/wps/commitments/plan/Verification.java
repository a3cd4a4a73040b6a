package org.wps.commitments.plan;

/** Who vouches for reported progress. */
enum Verification {
    PARTY_REPORTED,
    UN_VERIFIED,
    NOT_VERIFIABLE
}
