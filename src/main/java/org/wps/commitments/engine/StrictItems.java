package org.wps.commitments.engine;

import java.util.Collection;
import java.util.Set;
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

    /** Whether someone in these groups may read strictly confidential work of her missions. */
    boolean isCleared(Collection<String> groupIds);

    /**
     * The process instances, running or ended, that work on strictly confidential items of these tenants: every
     * process of a strictly confidential commitment, and those of a review, concern or annual report input labelled
     * so on their own.
     */
    Set<String> strictProcessInstances(Collection<String> tenantIds);

    /** Records that {@code reader} read the strictly confidential item {@code subject} of the mission {@code tenantId}. */
    void recordRead(Authentication reader, String tenantId, String subject);
}
