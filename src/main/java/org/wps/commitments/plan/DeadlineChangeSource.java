package org.wps.commitments.plan;

/** Where a revised deadline came from. */
public enum DeadlineChangeSource {
    PROGRESS_REPORT,
    API,
    ESCALATION
}
