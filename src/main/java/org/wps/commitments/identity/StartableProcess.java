package org.wps.commitments.identity;

import java.util.List;

/**
 * Who may start a process from Tasklist: the feature that owns the process declares it as a bean, and
 * {@link IdentityBootstrap} grants those roles {@code CREATE_INSTANCE} on its definition. The process's first service
 * task still checks the starter's mission.
 */
public record StartableProcess(String processDefinitionKey, List<String> roles) {

    public StartableProcess {
        roles = List.copyOf(roles);
        if (!Roles.NAMES.keySet().containsAll(roles)) {
            throw new IllegalArgumentException("Unknown role among " + roles + " for " + processDefinitionKey);
        }
    }
}
