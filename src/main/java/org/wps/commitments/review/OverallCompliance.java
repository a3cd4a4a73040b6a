package org.wps.commitments.review;

/** The overall compliance of a party with its commitment over a review period. */
public enum OverallCompliance {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NON_COMPLIANT
}
