package org.wps.commitments.mission;

/** A domain item that belongs to one mission: a commitment and everything under it. */
public interface MissionOwned {

    /** The code of the mission the item belongs to, e.g. {@code UNMISS}. */
    String getMissionCode();
}
