package org.wps.commitments.bench;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.wps.commitments.identity.Roles;

/**
 * The baseline of {@link LifecycleThroughputBench}: a bare Camunda engine in the same JVM, on its own in-memory H2
 * database, running {@code bench/bare-*.bpmn}, processes of the same shape as the tracker's (the same user tasks,
 * timers, called processes and asynchronous steps, without forms, listeners, delegates or domain tables). It is
 * configured like the tracker's engine where that changes the engine's own work: full history, UUID ids, the Spin
 * JSON format (the plan's activities are a JSON variable), no job executor.
 */
final class BareEngine implements AutoCloseable {

    static final String LIFECYCLE = "bare-commitment-lifecycle";
    static final List<String> RESOURCES = List.of(
            "bench/bare-commitment-lifecycle.bpmn", "bench/bare-implementation-plan.bpmn", "bench/bare-activity.bpmn");

    /**
     * H2's settings of the tracker's database (application.yaml) that change how fast statements run, given to both
     * engines: the comparison is of the work, not of the database's settings.
     */
    static final String H2_SETTINGS = "QUERY_CACHE_SIZE=128";

    private final ProcessEngine engine;
    private final boolean checked;

    /** Today's baseline: authorization and tenant checks off, metrics off, the engine's own transactions. */
    BareEngine(String name) {
        this(name, false);
    }

    /**
     * With {@code checked}, the fair baseline: authorization and tenant checks on with the tracker's grants for the
     * roles that work the tasks (IdentityBootstrap's: read every process definition, instance and task of their
     * tenants) and the models deployed to the mission's tenant, metrics on, and transactions managed by Spring (a
     * {@link DataSourceTransactionManager}), as the tracker's engine runs them.
     */
    BareEngine(String name, boolean checked) {
        this.checked = checked;
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;" + H2_SETTINGS;
        ProcessEngineConfigurationImpl configuration;
        if (checked) {
            SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
            SpringTransactionsProcessEngineConfiguration spring = new SpringTransactionsProcessEngineConfiguration();
            spring.setDataSource(dataSource);
            spring.setTransactionManager(new DataSourceTransactionManager(dataSource));
            spring.setAuthorizationEnabled(true);
            spring.setTenantCheckEnabled(true);
            spring.setMetricsEnabled(true);
            configuration = spring;
        } else {
            StandaloneInMemProcessEngineConfiguration standalone = new StandaloneInMemProcessEngineConfiguration();
            standalone.setJdbcUrl(url);
            standalone.setMetricsEnabled(false);
            configuration = standalone;
        }
        configuration.setProcessEngineName(name);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        engine = configuration.buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name("bare lifecycle");
        if (checked) {
            deployment.tenantId(LifecycleScript.TENANT);
            grantTheTrackersRoles();
        }
        RESOURCES.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    private void grantTheTrackersRoles() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String role : List.of(Roles.ADVISERS, Roles.SENIOR_ADVISERS, Roles.OSRSG_SVC)) {
            grant(
                    authorizations,
                    role,
                    Resources.PROCESS_DEFINITION,
                    Permissions.READ,
                    Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY,
                    Permissions.READ_TASK);
            grant(authorizations, role, Resources.PROCESS_INSTANCE, Permissions.READ);
            grant(authorizations, role, Resources.TASK, Permissions.READ);
        }
    }

    private static void grant(
            AuthorizationService authorizations, String group, Resources resource, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    ProcessEngine engine() {
        return engine;
    }

    /** Starts commitment {@code number}'s lifecycle with the start form's values; returns its business key. */
    String open(int number, java.time.LocalDate targetSigningDate) {
        String businessKey = "BARE-" + number;
        var start = engine.getRuntimeService()
                .createProcessInstanceByKey(LIFECYCLE)
                .businessKey(businessKey)
                .setVariables(LifecycleScript.opening("Bare lifecycle " + number, targetSigningDate));
        if (checked) {
            start.processDefinitionTenantId(LifecycleScript.TENANT);
        }
        start.execute();
        return businessKey;
    }

    @Override
    public void close() {
        engine.close();
    }
}
