package org.wps.commitments.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import org.wps.commitments.process.EngineQueries;

/**
 * The people a notification goes to: members of a Camunda group, optionally only those of one mission
 * (tenant), who have an e-mail address. The lookup ignores the authorizations of whoever is signed in: the
 * adviser completing a task (or the job executor with nobody signed in) decides that the group is told, not
 * whom she may see in Camunda Admin, and advisers have no READ permission on other users.
 */
@Component
class GroupMembers {

    /** A person to write to. */
    record Recipient(String userId, String email) {}

    private final IdentityService identityService;

    GroupMembers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Members of {@code groupId} (and of tenant {@code tenantId} unless it is null) with an e-mail address. */
    List<Recipient> withEmail(String groupId, String tenantId) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext != null) {
            // a delegate or listener: the query joins the running command, whose authorization checks we pause
            return commandContext.runWithoutAuthorization(() -> query(groupId, tenantId));
        }
        // outside the engine each service call is its own command, which checks the signed-in user's rights
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return query(groupId, tenantId);
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    private List<Recipient> query(String groupId, String tenantId) {
        UserQuery query = identityService.createUserQuery().memberOfGroup(groupId);
        if (tenantId != null) {
            query.memberOfTenant(tenantId);
        }
        // one mail per address, even if two accounts share one
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (User user : EngineQueries.all(query.orderByUserId().asc())) {
            String email = user.getEmail();
            if (email != null && !email.isBlank()) {
                byAddress.putIfAbsent(
                        email.strip().toLowerCase(Locale.ROOT), new Recipient(user.getId(), email.strip()));
            }
        }
        return List.copyOf(byAddress.values());
    }
}
