package org.wps.commitments.confidentiality;

/**
 * UN information sensitivity of a record (ST/SGB/2007/6). Who may see each level is written down in
 * {@code confidentiality.Clearance} and docs/security.md.
 */
public enum Sensitivity {
    PUBLIC,
    CONFIDENTIAL,
    STRICTLY_CONFIDENTIAL;

    /**
     * The sensitivity of an item that has one of its own and belongs to a commitment with another (a concern, a
     * review): the more restrictive of the two. A missing one counts for nothing.
     */
    public static Sensitivity mostRestrictive(Sensitivity a, Sensitivity b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
