package org.wps.commitments.commitment;

/** What a commitment text covers: the SCR 2467 OP1 elements and frequent additions (DOMAIN.md §3.2). */
public enum CommitmentElement {
    CHAIN_OF_COMMAND_ORDERS,
    CODES_OF_CONDUCT,
    COMMANDER_COMMITMENTS,
    INVESTIGATIONS,
    ACCOUNTABILITY,
    MONITORING_ACCESS,
    SERVICE_ACCESS,
    AMNESTY_EXCLUSION,
    PEACE_PROCESS_PROVISIONS,
    LEGAL_REFORM,
    VETTING,
    SURVIVOR_SERVICES,
    FOCAL_POINT
}
