package org.wps.commitments.concern;

import org.wps.commitments.identity.Roles;

/** Who the senior advisers refer a compliance concern to. */
public enum ConcernReferral {
    MISSION_LEADERSHIP(Roles.MISSION_LEADERSHIP),
    OSRSG_SVC(Roles.OSRSG_SVC);

    private final String group;

    ConcernReferral(String group) {
        this.group = group;
    }

    /** The candidate group that decides the action. */
    public String group() {
        return group;
    }
}
