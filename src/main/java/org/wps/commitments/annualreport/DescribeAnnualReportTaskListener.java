package org.wps.commitments.annualreport;

import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.INPUT_ID;
import static org.wps.commitments.annualreport.AnnualReportInputProcess.Variables.REFERENCE;

import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of {@code userTask_prepareInput} and {@code userTask_approveInput}: the task name carries the
 * input's reference (e.g. {@code UNMISS-ANNUAL-2026}) and its description the figures per party (and, for the
 * approval, the advisers' sensitivity label and highlights), so both can be judged in Tasklist without copying
 * the data into process variables.
 */
@Component("describeAnnualReportTaskListener")
class DescribeAnnualReportTaskListener implements TaskListener {

    /** Camunda keeps at most 4,000 characters of a task description. */
    static final int DESCRIPTION_MAX = 4000;

    private final AnnualReportService service;

    DescribeAnnualReportTaskListener(AnnualReportService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        REFERENCE.getOptional(task).ifPresent(reference -> task.setName(task.getName() + ": " + reference));
        AnnualReportInput input = service.get(INPUT_ID.get(task));
        boolean approval = AnnualReportInputProcess.Elements.APPROVE_INPUT.equals(task.getTaskDefinitionKey());
        task.setDescription(describe(input, service.figuresOf(input.getId()), approval));
    }

    static String describe(AnnualReportInput input, List<AnnualReportFigures.Counts> parties, boolean approval) {
        var text = new StringBuilder();
        if (approval) {
            text.append("Sensitivity: ")
                    .append(input.getSensitivity())
                    .append(". Highlights: ")
                    .append(input.getHighlights() == null ? "none" : input.getHighlights())
                    .append("\n");
        }
        text.append("Figures of ")
                .append(input.getMissionCode())
                .append(" for January to December ")
                .append(input.getReportYear())
                .append(", as of ")
                .append(input.getFiguresAsOf().atOffset(ZoneOffset.UTC).toLocalDate())
                .append(" (counts only; they are counted again on approval):");
        for (AnnualReportFigures.Counts party : parties) {
            text.append("\n").append(party.summary());
        }
        return text.length() <= DESCRIPTION_MAX ? text.toString() : text.substring(0, DESCRIPTION_MAX - 1) + "…";
    }
}
