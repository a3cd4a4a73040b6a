package org.wps.commitments.plan;

/** How far an activity's budget is covered; funding gaps are a recurring blocker (DOMAIN.md §4.3). */
public enum FundingStatus {
    FUNDED,
    PARTIALLY_FUNDED,
    PLEDGED,
    UNFUNDED
}
