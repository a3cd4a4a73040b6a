package org.wps.commitments.annualreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;
import org.wps.commitments.web.NotFoundException;

/**
 * The annual report inputs of the missions: opened with a snapshot of the figures, prepared, returned or
 * approved, and frozen on approval so that an approved input shows the data of the day it was approved.
 */
@Service
@Transactional
class AnnualReportService {

    private final AnnualReportInputRepository inputs;
    private final PartyFiguresRepository figures;
    private final AnnualReportFigures counter;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;
    private final AnnualReportProperties annualReport;

    AnnualReportService(
            AnnualReportInputRepository inputs,
            PartyFiguresRepository figures,
            AnnualReportFigures counter,
            Deadlines deadlines,
            CommitmentsProperties properties,
            AnnualReportProperties annualReport) {
        this.inputs = inputs;
        this.figures = figures;
        this.counter = counter;
        this.deadlines = deadlines;
        this.properties = properties;
        this.annualReport = annualReport;
    }

    /** Opens the input of a mission for a year, with the figures as of now. */
    public AnnualReportInput open(String missionCode, int reportYear, String processInstanceId) {
        if (inputs.existsByMissionCodeAndReportYear(missionCode, reportYear)) {
            throw new IllegalStateException(
                    "The " + reportYear + " annual report input of " + missionCode + " exists already.");
        }
        AnnualReportInput input =
                inputs.saveAndFlush(new AnnualReportInput(missionCode, reportYear, processInstanceId, now()));
        snapshot(input);
        return input;
    }

    @Transactional(readOnly = true)
    public boolean exists(String missionCode, int reportYear) {
        return inputs.existsByMissionCodeAndReportYear(missionCode, reportYear);
    }

    @Transactional(readOnly = true)
    public AnnualReportInput get(long id) {
        return inputs.findById(id).orElseThrow(() -> new NotFoundException("No annual report input with id " + id));
    }

    @Transactional(readOnly = true)
    public AnnualReportInput get(String missionCode, int reportYear) {
        return inputs.findByMissionCodeAndReportYear(missionCode, reportYear)
                .orElseThrow(() ->
                        new NotFoundException("No " + reportYear + " annual report input of " + missionCode + "."));
    }

    @Transactional(readOnly = true)
    public List<AnnualReportInput> ofMissions(Collection<String> missionCodes) {
        return inputs.findByMissionCodeInOrderByMissionCodeAscReportYearDesc(missionCodes);
    }

    @Transactional(readOnly = true)
    public List<AnnualReportFigures.Counts> figuresOf(long inputId) {
        return figures.findByInputIdOrderByPartyCode(inputId).stream()
                .map(PartyFigures::counts)
                .toList();
    }

    /** The advisers submit the input: highlights (optional) and the sensitivity label. */
    public AnnualReportInput submit(long id, String highlights, Sensitivity sensitivity, Actor actor) {
        AnnualReportInput input = get(id);
        input.submit(highlights, sensitivity, actor.userId(), now());
        return input;
    }

    /** A senior adviser returns the input with a comment; the advisers prepare it again. */
    public AnnualReportInput returnForChanges(long id, String comment) {
        AnnualReportInput input = get(id);
        input.returnForChanges(comment);
        return input;
    }

    /** A senior adviser approves; the figures are frozen by {@link #freeze(long)} right after. */
    public AnnualReportInput recordApproval(long id, Actor actor) {
        AnnualReportInput input = get(id);
        input.recordApproval(actor.userId(), now());
        return input;
    }

    /** Counts the figures once more, as of the approval, and marks the input approved. */
    public AnnualReportInput freeze(long id) {
        AnnualReportInput input = get(id);
        snapshot(input);
        input.freeze(now());
        return input;
    }

    /** When the advisers' input of the year is due (start of the configured day of the following year). */
    public Date prepareDueDate(int reportYear) {
        return startOf(annualReport.prepareDueDate(reportYear));
    }

    /** When a senior adviser's approval of an input submitted now is due. */
    public Date approveDueDate() {
        return Date.from(now().atZone(properties.timeZone())
                .plus(annualReport.approveWithin())
                .toInstant());
    }

    /** The report year that a call for input opening today opens. */
    public int reportYearOn(Instant instant) {
        return annualReport.reportYearOn(instant.atZone(properties.timeZone()).toLocalDate());
    }

    public Instant now() {
        return deadlines.now();
    }

    private void snapshot(AnnualReportInput input) {
        figures.deleteByInput(input.getId());
        for (AnnualReportFigures.Counts counts :
                counter.count(input.getMissionCode(), input.getReportYear(), properties.timeZone())) {
            figures.save(new PartyFigures(input.getId(), counts));
        }
        input.refreshed(now());
    }

    private Date startOf(LocalDate date) {
        return Date.from(date.atStartOfDay(properties.timeZone()).toInstant());
    }
}
