package org.wps.commitments.closure;

import static org.wps.commitments.closure.ClosureProcess.Variables.FINAL_ASSESSMENT_DUE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentLifecycleProcess;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;

/** {@code serviceTask_openFinalAssessment}: marks the assessment open and sets its due date. */
@Component("openFinalAssessmentDelegate")
class OpenFinalAssessmentDelegate implements JavaDelegate {

    private final ClosureAssessments closures;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    OpenFinalAssessmentDelegate(ClosureAssessments closures, Deadlines deadlines, CommitmentsProperties properties) {
        this.closures = closures;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closures.open(CommitmentLifecycleProcess.Variables.COMMITMENT_ID.get(execution));
        FINAL_ASSESSMENT_DUE.set(
                execution, Date.from(deadlines.fromNow(properties.reviews().finalAssessmentWithin())));
    }
}
