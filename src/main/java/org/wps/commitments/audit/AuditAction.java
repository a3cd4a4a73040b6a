package org.wps.commitments.audit;

/** What an audit entry records. */
public enum AuditAction {
    /** A CSV or printable export of the overdue view, the dashboard or an annual report input. */
    EXPORT,
    /** A strictly confidential item read by someone cleared for it (its page, the API, its task's form). */
    READ_STRICTLY_CONFIDENTIAL
}
