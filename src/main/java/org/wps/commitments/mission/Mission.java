package org.wps.commitments.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A peace operation (or other UN presence) whose Women's Protection Advisers follow commitments. It is a tenant. */
@Entity
@Table(name = "mission")
public class Mission {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String country;

    protected Mission() {}

    public Mission(String code, String name, String country) {
        this.code = code;
        this.name = name;
        this.country = country;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    /** The Camunda tenant that holds this mission's process instances and tasks. */
    public String getTenantId() {
        return tenantIdOf(code);
    }

    /** Missions are tenants: {@code UNMISS} is tenant {@code unmiss}. */
    public static String tenantIdOf(String missionCode) {
        return missionCode.toLowerCase(java.util.Locale.ROOT);
    }
}
