package org.wps.commitments.confidentiality;

import java.util.HashSet;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
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

    ConfidentialItems(
            CommitmentRepository commitments,
            ComplianceConcernRepository concerns,
            MonitoringReviewRepository reviews,
            AnnualReportInputRepository inputs,
            AuditLog audit) {
        this.commitments = commitments;
        this.concerns = concerns;
        this.reviews = reviews;
        this.inputs = inputs;
        this.audit = audit;
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
