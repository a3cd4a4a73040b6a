package org.wps.commitments.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting on a commitment: the signed-in user (with roles as groups and missions as tenants) that our
 * API or the engine runs a command for, or the system for background work: the job executor's threads
 * (timers), start-up, and work the tracker marks as its own with {@link TrackerWork}. A request thread with
 * nobody signed in is never the system: {@link #current} refuses it.
 */
public record Actor(String userId, Set<String> groupIds, Set<String> tenantIds) implements java.io.Serializable {

    public static final Actor SYSTEM = new Actor("system", Set.of(Roles.ADMINS), Set.of());

    public Actor {
        groupIds = Set.copyOf(groupIds);
        tenantIds = Set.copyOf(tenantIds);
    }

    /**
     * The user the engine currently works for, as set by Tasklist, the engine REST API or our API; the system on
     * a thread that serves no request (job executor, start-up) or inside {@link TrackerWork}.
     *
     * @throws AuthorizationException on a request thread with nobody signed in
     */
    public static Actor current(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            if (TrackerWork.inProgress() || RequestContextHolder.getRequestAttributes() == null) {
                return SYSTEM;
            }
            throw new AuthorizationException("Nobody is signed in: sign in to act on a commitment.");
        }
        return new Actor(
                authentication.getUserId(),
                Set.copyOf(nullSafe(authentication.getGroupIds())),
                Set.copyOf(nullSafe(authentication.getTenantIds())));
    }

    /** Administrators and the system act for every mission; everyone else only for their own. */
    public boolean mayWorkFor(String tenantId) {
        return groupIds.contains(Roles.ADMINS) || tenantIds.contains(tenantId);
    }

    /** The mission codes of {@link #tenantIds()}. */
    public Set<String> missionCodes() {
        return tenantIds.stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> nullSafe(List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
