package org.wps.commitments.bench;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

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

    BareEngine(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;" + H2_SETTINGS);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        engine = configuration.buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name("bare lifecycle");
        RESOURCES.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    ProcessEngine engine() {
        return engine;
    }

    /** Starts commitment {@code number}'s lifecycle with the start form's values; returns its business key. */
    String open(int number, java.time.LocalDate targetSigningDate) {
        String businessKey = "BARE-" + number;
        engine.getRuntimeService()
                .startProcessInstanceByKey(
                        LIFECYCLE, businessKey, LifecycleScript.opening("Bare lifecycle " + number, targetSigningDate));
        return businessKey;
    }

    @Override
    public void close() {
        engine.close();
    }
}
