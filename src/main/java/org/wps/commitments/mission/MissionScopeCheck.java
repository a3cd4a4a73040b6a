package org.wps.commitments.mission;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.wps.commitments.engine.EngineApiRefusal;

/**
 * Defence in depth for the processes' code: every item a delegate or listener loads, creates or changes belongs to the
 * mission of the process it works for. The ids it works on come from process variables, which people can no longer
 * write (engine.EngineApiGuard); should one ever point at another mission's item (an administrator's mistake, a model
 * deployed with a wrong mapping), the step fails here before it reads or writes that mission's data.
 *
 * <p>A JPA entity listener on every {@link MissionOwned} entity: the engine runs delegates and listeners with the
 * execution they work for on its context (the task's execution for a task listener), whose tenant is the mission. Code
 * outside a process (our API, which checks the caller's missions itself, start-up, the outbox) and a process without
 * a mission (the yearly annual report cycle, which opens every mission's input) are not concerned.
 */
public class MissionScopeCheck {

    @PostLoad
    @PrePersist
    @PreUpdate
    void check(Object entity) {
        if (!(entity instanceof MissionOwned owned) || owned.getMissionCode() == null) {
            return;
        }
        String processTenant = currentTenant();
        if (processTenant == null) {
            return;
        }
        String itemTenant = Mission.tenantIdOf(owned.getMissionCode());
        if (!itemTenant.equals(processTenant)) {
            throw new OutOfScope("This step works for mission "
                    + processTenant.toUpperCase(java.util.Locale.ROOT)
                    + " but was given " + entity.getClass().getSimpleName() + " of mission "
                    + owned.getMissionCode() + "; nothing was read or changed. Tell the administrators: a process "
                    + "variable points at another mission's item.");
        }
    }

    /** Answered 403 by the REST APIs, whichever engine exception wraps it on the way. */
    static final class OutOfScope extends AuthorizationException implements EngineApiRefusal {

        private static final long serialVersionUID = 1L;

        OutOfScope(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 403;
        }
    }

    private static String currentTenant() {
        if (Context.getCommandContext() == null) {
            return null;
        }
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        ExecutionEntity execution = context == null ? null : context.getExecution();
        return execution == null ? null : execution.getTenantId();
    }
}
