package org.wps.commitments.engine;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the job table: the job executor locks the jobs it acquires with this name ({@code LOCK_OWNER_}
 * of {@code ACT_RU_JOB}) instead of a random UUID, so an operator of a cluster (and a test) sees which node holds
 * which job, and the job log ({@code HOSTNAME_} of {@code ACT_HI_JOB_LOG}) records which node ran it.
 * {@code commitments.node-id}, by default the host name and the process id.
 */
@Component
class NodeIdentityPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(NodeIdentityPlugin.class);
    private static final int MAX_LENGTH = 255;

    private final String nodeId;

    NodeIdentityPlugin(@Value("${commitments.node-id:}") String configured) {
        String id = configured == null || configured.isBlank() ? defaultId() : configured.strip();
        this.nodeId = id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine's host name is written into the job log (ACT_HI_JOB_LOG.HOSTNAME_): which node ran each job
        configuration.setHostname(nodeId);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.setLockOwner(nodeId);
            LOG.info("This node locks the jobs it executes as '{}'", nodeId);
        }
    }

    String nodeId() {
        return nodeId;
    }

    private static String defaultId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
