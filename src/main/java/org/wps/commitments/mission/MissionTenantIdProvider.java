package org.wps.commitments.mission;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Missions are tenants: a process instance belongs to the tenant of its {@code missionCode} variable, and
 * everything it calls inherits that tenant. Definitions stay shared (deployed without a tenant). Whether the
 * starting user may work for that mission is checked by the first service task of each process.
 */
class MissionTenantIdProvider implements TenantIdProvider {

    static final String MISSION_CODE = "missionCode";
    private static final Pattern MISSION_CODE_SHAPE = Pattern.compile("[A-Za-z]{2,20}");

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object code = ctx.getVariables() == null ? null : ctx.getVariables().get(MISSION_CODE);
        if (code instanceof String s && MISSION_CODE_SHAPE.matcher(s.trim()).matches()) {
            return Mission.tenantIdOf(s.trim());
        }
        return null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
}
