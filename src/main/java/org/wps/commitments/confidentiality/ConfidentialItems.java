package org.wps.commitments.confidentiality;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wps.commitments.audit.AuditAction;
import org.wps.commitments.audit.AuditLog;
import org.wps.commitments.engine.StrictItems;
import org.wps.commitments.identity.Actor;

/**
 * The sensitivity of what a process works on, from inside the engine: the commitment of the process (its business
 * key is the commitment's reference, passed down to every called process), made more restrictive by the concern,
 * review or annual report input the scope works on when that has a label of its own. Each of those features
 * answers for its own items ({@link LabelledItems}).
 */
@Component
class ConfidentialItems implements StrictItems {

    private final List<LabelledItems> labelled;
    private final AuditLog audit;
    private final ObjectProvider<HistoryService> history;

    ConfidentialItems(List<LabelledItems> labelled, AuditLog audit, ObjectProvider<HistoryService> history) {
        this.labelled = List.copyOf(labelled);
        this.audit = audit;
        this.history = history;
    }

    /** The sensitivity of the item the scope works on; PUBLIC when it works on none that is labelled. */
    Sensitivity of(VariableScope scope, String businessKey) {
        Sensitivity sensitivity = Sensitivity.PUBLIC;
        for (LabelledItems feature : labelled) {
            sensitivity = Sensitivity.mostRestrictive(sensitivity, feature.labelOf(scope, businessKey));
        }
        return sensitivity;
    }

    @Override
    public boolean isStrictlyConfidential(VariableScope scope, String businessKey) {
        return of(scope, businessKey) == Sensitivity.STRICTLY_CONFIDENTIAL;
    }

    @Override
    public boolean isCleared(Collection<String> groupIds) {
        return groupIds != null && groupIds.stream().anyMatch(Clearance.STRICT_ROLES::contains);
    }

    @Override
    public Set<String> strictProcessInstances(Collection<String> tenantIds) {
        if (tenantIds == null || tenantIds.isEmpty()) {
            return Set.of();
        }
        Set<String> missions =
                tenantIds.stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        HistoryService engine = history.getObject();
        Set<String> instances = new HashSet<>();
        for (LabelledItems feature : labelled) {
            instances.addAll(feature.strictProcessInstances(missions, engine));
        }
        return instances;
    }

    @Override
    public void recordRead(Authentication reader, String tenantId, String subject) {
        var actor = new Actor(
                reader.getUserId(),
                reader.getGroupIds() == null ? new HashSet<>() : new HashSet<>(reader.getGroupIds()),
                reader.getTenantIds() == null ? new HashSet<>() : new HashSet<>(reader.getTenantIds()));
        audit.record(
                actor,
                AuditAction.READ_STRICTLY_CONFIDENTIAL,
                tenantId == null ? null : tenantId.toUpperCase(Locale.ROOT),
                subject,
                null);
    }
}
