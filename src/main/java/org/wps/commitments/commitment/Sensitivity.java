package org.wps.commitments.commitment;

/** UN information sensitivity of a record (ST/SGB/2007/6). */
public enum Sensitivity {
    PUBLIC,
    CONFIDENTIAL,
    STRICTLY_CONFIDENTIAL
}
