package org.wps.commitments.overdue;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.wps.commitments.identity.TrackerWork;
import org.wps.commitments.process.EngineQueries;

/**
 * Which of a page's tasks the user signed in to the engine could open in Tasklist, by the engine's own rules for a
 * task query. Inside a task query those rules make PostgreSQL read the whole authorization table (it cannot use an
 * index for "this user or one of her groups"), so a page of 50 links cost 60 ms at 100,000 open commitments.
 *
 * <p>When no revocation exists for the user or her groups, the engine checks grants only (its {@code auto} revoke
 * mode): a task is readable when she holds {@code READ} on it or {@code READ_TASK} on its process definition, for
 * herself, a group or everyone, on that id or on all. That is what {@link AuthorizationService#isUserAuthorized} answers
 * with indexed look-ups, asked once per process definition of the page and, only where that fails, per task. Where a
 * revocation exists for her, the engine weighs grants against revocations in ways best left to it, and the engine's
 * own task query by the page's ids, under her authentication, decides. The caller's tenants are checked as the
 * engine checks them; nobody signed in, or authorization off, means no check, as in the engine.
 */
final class TaskVisibility {

    private final ProcessEngine engine;

    TaskVisibility(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The ids among {@code tasks} that the signed-in user may read. */
    Set<String> readable(Collection<Task> tasks) {
        Set<String> readable = new HashSet<>();
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        if (tasks.isEmpty()) {
            return readable;
        }
        if (caller == null || !engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
            tasks.forEach(task -> readable.add(task.getId()));
            return readable;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        boolean revocations = TrackerWork.call(engine.getIdentityService(), () -> revocationsFor(caller, groups));
        if (revocations) {
            String[] ids = tasks.stream().map(Task::getId).distinct().toArray(String[]::new);
            EngineQueries.all(engine.getTaskService().createTaskQuery().taskIdIn(ids))
                    .forEach(task -> readable.add(task.getId()));
            return readable;
        }
        AuthorizationService authorizations = engine.getAuthorizationService();
        Map<String, Boolean> readTaskByDefinition = new HashMap<>();
        TrackerWork.run(engine.getIdentityService(), () -> {
            for (Task task : tasks) {
                if (!tenantVisible(task, caller, groups)) {
                    continue;
                }
                boolean byDefinition = task.getProcessDefinitionId() != null
                        && readTaskByDefinition.computeIfAbsent(
                                task.getProcessDefinitionId(),
                                id -> authorizations.isUserAuthorized(
                                        caller.getUserId(),
                                        groups,
                                        ProcessDefinitionPermissions.READ_TASK,
                                        Resources.PROCESS_DEFINITION,
                                        engine.getRepositoryService()
                                                .getProcessDefinition(id)
                                                .getKey()));
                if (byDefinition
                        || authorizations.isUserAuthorized(
                                caller.getUserId(), groups, Permissions.READ, Resources.TASK, task.getId())) {
                    readable.add(task.getId());
                }
            }
        });
        return readable;
    }

    /** Whether any revocation names the user, everyone, or one of her groups: then the engine decides. */
    private boolean revocationsFor(Authentication caller, List<String> groups) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        if (authorizations
                        .createAuthorizationQuery()
                        .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                        .userIdIn(caller.getUserId(), Authorization.ANY)
                        .count()
                > 0) {
            return true;
        }
        return !groups.isEmpty()
                && authorizations
                                .createAuthorizationQuery()
                                .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                                .groupIdIn(groups.toArray(String[]::new))
                                .count()
                        > 0;
    }

    /** The engine's tenant check of a task query: no tenant, one of hers, or she is a Camunda administrator. */
    private boolean tenantVisible(Task task, Authentication caller, List<String> groups) {
        if (task.getTenantId() == null
                || !engine.getProcessEngineConfiguration().isTenantCheckEnabled()
                || groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)) {
            return true;
        }
        return caller.getTenantIds() != null && caller.getTenantIds().contains(task.getTenantId());
    }
}
