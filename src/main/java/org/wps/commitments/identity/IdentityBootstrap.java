package org.wps.commitments.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.wps.commitments.system.CommitmentsProperties;

/**
 * Brings Camunda's identity data in line with the tracker at every start, idempotently: role groups, the
 * authorizations of each role (and who may start which process, as {@link StartableProcess} beans declare), the Tasklist filters every user starts from, and the
 * first administrator. Existing data is never overwritten, so what administrators change in Camunda Admin stays.
 * It runs once every singleton exists and before the web server starts (Spring starts Tomcat in the lifecycle
 * phase that follows), so no request ever meets a database without groups, authorizations or an administrator.
 * Outside the demo and test profiles it then refuses to start while a user keeps a published demo password
 * ({@link PublishedPasswordCheck}).
 */
@Component
public class IdentityBootstrap implements SmartInitializingSingleton {

    /** Names of the Tasklist filters created for every role. */
    public static final String FILTER_MY_GROUP = "My group's tasks";

    public static final String FILTER_MY_TASKS = "My tasks";

    public static final String FILTER_OVERDUE = "Overdue";

    public static final String FILTER_DUE_SOON = "Due in 7 days";

    public static final String FILTER_ESCALATIONS = "Escalations";

    /**
     * The variable every filter shows as a column: the commitment's reference, which every process of a commitment
     * carries ({@code CommitmentLifecycleProcess.Variables.REFERENCE}).
     */
    public static final String FILTER_COLUMN = "reference";

    /** The tasks of the "Escalations" filter: ladder decisions and compliance concerns. */
    public static final String[] ESCALATION_TASKS = {
        "userTask_decideOverdueItem",
        "userTask_assessConcern",
        "userTask_decideConcernActionLeadership",
        "userTask_decideConcernActionOsrsgSvc"
    };

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);
    private static final List<String> ROLES_WITH_TASKS = List.of(
            Roles.ADVISERS,
            Roles.SENIOR_ADVISERS,
            Roles.MISSION_LEADERSHIP,
            Roles.OSRSG_SVC,
            Roles.MANAGERS,
            Roles.DESIGNERS);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final List<StartableProcess> startable;
    private final CommitmentsProperties.Admin admin;
    private final boolean demoOrTest;

    IdentityBootstrap(
            IdentityService identityService,
            AuthorizationService authorizationService,
            FilterService filterService,
            TaskService taskService,
            List<StartableProcess> startable,
            CommitmentsProperties properties,
            Environment environment) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.startable = List.copyOf(startable);
        this.admin = requireAdmin(properties.admin());
        this.demoOrTest = environment.acceptsProfiles(Profiles.of("demo | test"));
    }

    static CommitmentsProperties.Admin requireAdmin(CommitmentsProperties.Admin admin) {
        if (admin == null || !admin.isConfigured()) {
            throw new IllegalStateException("No administrator is configured. Set COMMITMENTS_ADMIN_ID and "
                    + "COMMITMENTS_ADMIN_PASSWORD (properties commitments.admin.id and commitments.admin.password) "
                    + "before starting outside the demo profile; the password must satisfy Camunda's password "
                    + "policy (at least 10 characters with upper and lower case letters, a digit and a symbol).");
        }
        return admin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Roles.NAMES.forEach(this::ensureGroup);
        ensureGroup(Roles.MONITORING, Roles.MONITORING_NAME);
        grantRoles();
        ensureFilters();
        ensureAdmin();
        if (!demoOrTest) {
            PublishedPasswordCheck.refuse(identityService, PublishedPasswordCheck.PUBLISHED);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(Roles.ADMINS.equals(id) || Roles.MONITORING.equals(id) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void grantRoles() {
        for (String role : ROLES_WITH_TASKS) {
            grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(
                    role,
                    Resources.PROCESS_DEFINITION,
                    ANY,
                    Permissions.READ,
                    Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY,
                    Permissions.READ_TASK);
            grant(role, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
            grant(role, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(role, Resources.TASK, ANY, Permissions.READ);
        }
        // who may start what from Tasklist, as each feature declares (the first service task checks the mission)
        for (StartableProcess process : startable) {
            for (String role : process.roles()) {
                grant(role, Resources.PROCESS_DEFINITION, process.processDefinitionKey(), Permissions.CREATE_INSTANCE);
                grant(role, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            }
        }
        grant(Roles.DESIGNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
        for (Resource resource : Resources.values()) {
            grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed || authorization.getId() == null) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void ensureFilters() {
        ensureFilter(
                FILTER_MY_GROUP,
                -10,
                "Open tasks of your groups, most urgent first",
                taskService
                        .createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        ensureFilter(
                FILTER_MY_TASKS,
                -5,
                "Tasks you have claimed, most urgent first",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter(
                FILTER_OVERDUE,
                0,
                "Your groups' tasks past their due date, the longest overdue first",
                taskService
                        .createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .dueBeforeExpression("${now()}"));
        ensureFilter(
                FILTER_DUE_SOON,
                5,
                "Your groups' tasks due within the next 7 days",
                taskService
                        .createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(7).toDate()}"));
        ensureFilter(
                FILTER_ESCALATIONS,
                10,
                "Escalated late work and compliance concerns waiting for your groups' decision",
                taskService
                        .createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .taskDefinitionKeyIn(ESCALATION_TASKS));
    }

    private void ensureFilter(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService
                    .newTaskFilter(name)
                    .setQuery(query.orderByDueDate().asc().orderByTaskPriority().desc())
                    .setProperties(Map.of(
                            "priority",
                            priority,
                            "refresh",
                            true,
                            "description",
                            description,
                            "variables",
                            List.of(Map.of("name", FILTER_COLUMN, "label", "Commitment"))));
            filterService.saveFilter(filter);
            LOG.info("Created Tasklist filter '{}'", name);
        }
        for (String role : ROLES_WITH_TASKS) {
            grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    private void ensureAdmin() {
        if (identityService.createUserQuery().userId(admin.id()).count() == 0) {
            User user = identityService.newUser(admin.id());
            user.setFirstName("Tracker");
            user.setLastName("Administrator");
            user.setPassword(admin.password());
            identityService.saveUser(user);
            LOG.info("Created administrator '{}'", admin.id());
        }
        if (identityService
                        .createUserQuery()
                        .userId(admin.id())
                        .memberOfGroup(Roles.ADMINS)
                        .count()
                == 0) {
            identityService.createMembership(admin.id(), Roles.ADMINS);
        }
    }
}
