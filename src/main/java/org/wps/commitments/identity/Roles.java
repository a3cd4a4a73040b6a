package org.wps.commitments.identity;

import java.util.Map;

/**
 * Roles are Camunda groups (DESIGN.md §4). Ids stay inside Camunda's default id whitelist; names are for people.
 * User tasks name these groups in {@code camunda:candidateGroups}.
 */
public final class Roles {

    public static final String ADVISERS = "advisers";
    public static final String SENIOR_ADVISERS = "seniorAdvisers";
    public static final String MISSION_LEADERSHIP = "missionLeadership";
    public static final String OSRSG_SVC = "osrsgSvc";
    public static final String MANAGERS = "managers";
    public static final String DESIGNERS = "designers";
    public static final String ADMINS = "camunda-admin";

    /**
     * Metrics scrapers (Prometheus): may read {@code /actuator/prometheus} and nothing else. Not a role of people
     * and never a task's candidate group, so it is not in {@link #NAMES}.
     */
    public static final String MONITORING = "monitoring";

    public static final String MONITORING_NAME = "Monitoring (metrics scrapers)";

    /** Group id to human-readable name. */
    public static final Map<String, String> NAMES = Map.of(
            ADVISERS, "Women's Protection Advisers",
            SENIOR_ADVISERS, "Senior Women's Protection Advisers",
            MISSION_LEADERSHIP, "Mission leadership (Head of Mission office)",
            OSRSG_SVC, "OSRSG-SVC desk",
            MANAGERS, "Managers",
            DESIGNERS, "Process designers",
            ADMINS, "Administrators");

    private Roles() {}
}
