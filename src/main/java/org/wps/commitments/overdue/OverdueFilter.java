package org.wps.commitments.overdue;

import java.util.Set;

/**
 * What the overdue view lists: the missions the caller may see (one, when asked), optionally one party, one
 * activity pillar and one escalation level, one bucket, and a page of it.
 *
 * @param missions the mission codes searched: the one chosen, or all the caller's
 * @param mission the mission chosen, or null for all the caller's
 * @param strictMissions the missions whose strictly confidential items the caller may see (confidentiality.Clearance);
 *     elsewhere such an item is shown without its content, and left out of a party's or a pillar's rows
 */
public record OverdueFilter(
        Set<String> missions,
        String mission,
        String party,
        String pillar,
        Integer level,
        DueBucket bucket,
        int page,
        int size,
        Set<String> strictMissions) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public OverdueFilter {
        missions = Set.copyOf(missions);
        strictMissions = Set.copyOf(strictMissions);
    }

    /** Whether the caller may see the content of a strictly confidential item of {@code missionCode}. */
    public boolean mayReadStrict(String missionCode) {
        return strictMissions.contains(missionCode);
    }

    /** The same filter on another bucket, first page. */
    public OverdueFilter inBucket(DueBucket other) {
        return new OverdueFilter(missions, mission, party, pillar, level, other, 0, size, strictMissions);
    }

    /** The same filter on another page. */
    public OverdueFilter onPage(int other) {
        return new OverdueFilter(missions, mission, party, pillar, level, bucket, other, size, strictMissions);
    }
}
