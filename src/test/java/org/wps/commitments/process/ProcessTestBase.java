package org.wps.commitments.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.notification.Mailbox;

/**
 * Base of the tests of one process, path by path: camunda-bpm-assert bound to the application's engine, an
 * empty mailbox before each test, the engine clock reset after it, and 100% flow-node coverage of the process
 * asserted from history once the class has run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProcessTestBase {

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected RuntimeService runtimeService;

    @Autowired
    protected HistoryService historyService;

    @Autowired
    protected RepositoryService repositoryService;

    @Autowired
    protected Jobs jobs;

    private FlowNodeCoverage coverage;

    /** The key of the process this class tests. */
    protected abstract String processKey();

    @BeforeAll
    void snapshotHistory() {
        coverage = new FlowNodeCoverage(processKey(), historyService);
    }

    @AfterAll
    void everyFlowNodeWasPassed() {
        coverage.assertComplete(historyService, repositoryService);
    }

    @BeforeEach
    void bindEngineAndEmptyMailbox() {
        init(processEngine);
        Mailbox.clear();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }
}
