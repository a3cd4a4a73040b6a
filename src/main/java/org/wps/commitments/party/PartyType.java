package org.wps.commitments.party;

/** What kind of party to conflict a party is (DOMAIN.md §6.1). */
enum PartyType {
    GOVERNMENT,
    STATE_ARMED_FORCE,
    POLICE,
    NSAG,
    COALITION,
    REGIONAL_FORCE
}
