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
import org.wps.commitments.annualreport.AnnualReportInputProcess;
import org.wps.commitments.annualreport.AnnualReportInputRepository;
import org.wps.commitments.audit.AuditAction;
import org.wps.commitments.audit.AuditLog;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.Sensitivity;
import org.wps.commitments.concern.ComplianceConcernRepository;
import org.wps.commitments.concern.ComplianceConcernService;
import org.wps.commitments.engine.StrictItems;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.process.EngineQueries;
import org.wps.commitments.review.MonitoringReviewProcess;
import org.wps.commitments.review.MonitoringReviewRepository;

/**
 * The sensitivity of what a process works on, from inside the engine: the commitment of the process (its business
 * key is the commitment's reference, passed down to every called process), made more restrictive by the concern,
 * review or annual report input the scope works on when that has a label of its own.
 */
@Component
class ConfidentialItems implements StrictItems {

    private final CommitmentRepository commitments;
    private final ComplianceConcernRepository concerns;
    private final MonitoringReviewRepository reviews;
    private final AnnualReportInputRepository inputs;
    private final AuditLog audit;
    private final ObjectProvider<HistoryService> history;

    ConfidentialItems(
            CommitmentRepository commitments,
            ComplianceConcernRepository concerns,
            MonitoringReviewRepository reviews,
            AnnualReportInputRepository inputs,
            AuditLog audit,
            ObjectProvider<HistoryService> history) {
        this.commitments = commitments;
        this.concerns = concerns;
        this.reviews = reviews;
        this.inputs = inputs;
        this.audit = audit;
        this.history = history;
    }

    /** The sensitivity of the item the scope works on; PUBLIC when it works on none that is labelled. */
    Sensitivity of(VariableScope scope, String businessKey) {
        Sensitivity sensitivity = Sensitivity.PUBLIC;
        if (businessKey != null) {
            sensitivity = Sensitivity.mostRestrictive(
                    sensitivity,
                    commitments
                            .findByReference(businessKey)
                            .map(c -> c.getSensitivity())
                            .orElse(null));
        }
        if (scope.getVariable(ComplianceConcernService.CONCERN_ID) instanceof Number concern) {
            sensitivity = Sensitivity.mostRestrictive(
                    sensitivity,
                    concerns.findById(concern.longValue())
                            .map(c -> c.getSensitivity())
                            .orElse(null));
        }
        if (scope.getVariable(MonitoringReviewProcess.Variables.REVIEW_ID.name()) instanceof Number review) {
            sensitivity = Sensitivity.mostRestrictive(
                    sensitivity,
                    reviews.findById(review.longValue())
                            .map(r -> r.getSensitivity())
                            .orElse(null));
        }
        if (scope.getVariable(AnnualReportInputProcess.Variables.INPUT_ID.name()) instanceof Number input) {
            sensitivity = Sensitivity.mostRestrictive(
                    sensitivity,
                    inputs.findById(input.longValue())
                            .map(i -> i.getSensitivity())
                            .orElse(null));
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
        List<String> references = commitments.referencesLabelled(missions, Sensitivity.STRICTLY_CONFIDENTIAL);
        if (!references.isEmpty()) {
            // every process of a commitment carries its reference as business key, called processes too
            EngineQueries.all(engine.createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKeyIn(references.toArray(String[]::new)))
                    .forEach(instance -> instances.add(instance.getId()));
        }
        reviews.findByMissionCodeInAndSensitivity(missions, Sensitivity.STRICTLY_CONFIDENTIAL)
                .forEach(review -> addIfSet(instances, review.getProcessInstanceId()));
        inputs.findByMissionCodeInAndSensitivity(missions, Sensitivity.STRICTLY_CONFIDENTIAL)
                .forEach(input -> addIfSet(instances, input.getProcessInstanceId()));
        concerns.findByMissionCodeInAndSensitivity(missions, Sensitivity.STRICTLY_CONFIDENTIAL)
                .forEach(concern -> EngineQueries.all(engine.createHistoricVariableInstanceQuery()
                                .variableName(ComplianceConcernService.CONCERN_ID)
                                .variableValueEquals(ComplianceConcernService.CONCERN_ID, concern.getId()))
                        .forEach(variable -> addIfSet(instances, variable.getProcessInstanceId())));
        return instances;
    }

    private static void addIfSet(Set<String> instances, String id) {
        if (id != null) {
            instances.add(id);
        }
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
