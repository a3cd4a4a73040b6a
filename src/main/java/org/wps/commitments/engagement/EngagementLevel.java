package org.wps.commitments.engagement;

/** Who engaged the party, from the UN side. */
public enum EngagementLevel {
    WPA,
    SENIOR_WPA,
    HEAD_OF_MISSION,
    SRSG_SVC
}
