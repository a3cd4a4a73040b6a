package org.wps.commitments.engagement;

/** What the adviser decides after recording an engagement. */
public enum EngagementDecision {
    CONTINUE,
    READY_TO_DRAFT,
    ABANDON
}
