package org.wps.commitments.plan;

/**
 * The canonical classification of an activity across missions (DOMAIN.md §7), kept next to the mission's own
 * pillar or axis so that plans of different missions can be compared.
 */
enum ActivityClassification {
    PREVENTION,
    SECURITY_SECTOR_ORDERS_TRAINING,
    ACCOUNTABILITY_JUSTICE,
    LEGAL_POLICY_REFORM,
    SURVIVOR_SERVICES_REPARATIONS,
    PEACE_PROCESS_AMNESTY,
    COMMUNITY_RELIGIOUS_ENGAGEMENT,
    MONITORING_COORDINATION,
    CAPACITY_TECHNICAL_SUPPORT,
    MAINSTREAMING,
    TRAFFICKING
}
