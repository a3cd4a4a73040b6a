package org.wps.commitments.engine;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the engine API guard needs to know of confidentiality: whether the item a task or a process instance works on
 * is strictly confidential, and how to record that someone read one. Implemented by the confidentiality feature;
 * called inside a command.
 */
public interface StrictItems {

    /** Whether the item of the process scope (a task, an execution) with this business key is strictly confidential. */
    boolean isStrictlyConfidential(VariableScope scope, String businessKey);

    /** Records that {@code reader} read the strictly confidential item {@code subject} of the mission {@code tenantId}. */
    void recordRead(Authentication reader, String tenantId, String subject);
}
