package org.wps.commitments.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party to conflict that WPAs engage for commitments, identified by a stable code such as {@code GOV-SSD}. */
@Entity
@Table(name = "party")
public class Party {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyType type;

    @Column(name = "mission_code", nullable = false)
    private String missionCode;

    @Column(name = "listed_in_annex", nullable = false)
    private boolean listedInAnnex;

    protected Party() {}

    public Party(String code, String name, PartyType type, String missionCode) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.missionCode = missionCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public PartyType getType() {
        return type;
    }

    /** The mission whose advisers engage this party. */
    public String getMissionCode() {
        return missionCode;
    }

    /** Listed in the annex of the Secretary-General's annual report on CRSV: its late items go to OSRSG-SVC at once. */
    public boolean isListedInAnnex() {
        return listedInAnnex;
    }
}
