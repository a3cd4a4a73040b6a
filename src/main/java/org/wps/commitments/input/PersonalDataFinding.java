package org.wps.commitments.input;

/**
 * One passage of a narrative that looks like personal data.
 *
 * @param kind what it looks like
 * @param excerpt the passage as it was written
 * @param why why it was flagged, in words a person understands (e.g. "a name next to “survivor”")
 * @param start where the passage starts in the text, to report findings in reading order
 */
public record PersonalDataFinding(Kind kind, String excerpt, String why, int start) {

    /** What a flagged passage looks like. */
    public enum Kind {
        /** A personal name next to victim, survivor, witness, informant or complainant (English or French). */
        NAME_NEAR_ROLE,
        PHONE_NUMBER,
        EMAIL_ADDRESS,
        /** A day-level date in the same sentence as a named place. */
        INCIDENT_DATE_AND_PLACE,
        /** A number introduced as an identity card or passport number. */
        ID_NUMBER
    }
}
