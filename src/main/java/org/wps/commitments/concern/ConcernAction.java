package org.wps.commitments.concern;

/** The levers used on a compliance concern (DOMAIN.md §5.4). */
public enum ConcernAction {
    DEMARCHE_BY_HEAD_OF_MISSION,
    SRSG_SVC_ENGAGEMENT,
    PUBLIC_STATEMENT,
    SANCTIONS_COMMITTEE_BRIEFING,
    RAISE_IN_NEXT_REVIEW
}
