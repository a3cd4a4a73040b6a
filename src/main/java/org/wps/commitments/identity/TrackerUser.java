package org.wps.commitments.identity;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated caller of our API: a Camunda user with its groups (roles) and tenants (missions).
 *
 * @param userId the Camunda user id
 * @param groupIds the roles
 * @param tenantIds the missions the user belongs to, as tenant ids
 */
public record TrackerUser(String userId, Set<String> groupIds, Set<String> tenantIds) {

    public TrackerUser {
        groupIds = Set.copyOf(groupIds);
        tenantIds = Set.copyOf(tenantIds);
    }

    /** The mission codes of {@link #tenantIds()}. */
    public Set<String> missionCodes() {
        return tenantIds.stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
