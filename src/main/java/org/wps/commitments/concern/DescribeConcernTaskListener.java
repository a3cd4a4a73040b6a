package org.wps.commitments.concern;

import static org.wps.commitments.concern.ComplianceConcernProcess.Variables.CONCERN_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentService;

/** Describes a concern's tasks in Tasklist: what was reported, on which commitment, and how it was assessed. */
@Component("describeConcernTaskListener")
class DescribeConcernTaskListener implements TaskListener {

    private final ComplianceConcernService concerns;
    private final CommitmentService commitments;

    DescribeConcernTaskListener(ComplianceConcernService concerns, CommitmentService commitments) {
        this.concerns = concerns;
        this.commitments = commitments;
    }

    @Override
    public void notify(DelegateTask task) {
        ComplianceConcern concern = concerns.get(CONCERN_ID.get(task));
        Commitment commitment = commitments.get(concern.getCommitmentId());
        StringBuilder text = new StringBuilder()
                .append(ComplianceConcernService.label(concern.getKind()))
                .append(", reference ")
                .append(concern.getReference())
                .append(", on ")
                .append(commitment.getReference())
                .append(" (")
                .append(commitment.getPartyCode())
                .append(concerns.partyListed(commitment) ? ", listed in the SG annex" : "")
                .append("). Reported by ")
                .append(concern.getReportedBy())
                .append(". Sensitivity: ")
                .append(concern.getSensitivity())
                .append('.');
        if (concern.getReferral() != null) {
            text.append(" Referred by ")
                    .append(concern.getAssessedBy())
                    .append(" to ")
                    .append(
                            concern.getReferral() == ConcernReferral.OSRSG_SVC
                                    ? "the OSRSG-SVC desk"
                                    : "mission leadership")
                    .append(concern.getAssessmentNote() == null ? "." : ": " + concern.getAssessmentNote());
        }
        task.setDescription(text.length() > 4000 ? text.substring(0, 3999) + "…" : text.toString());
    }
}
