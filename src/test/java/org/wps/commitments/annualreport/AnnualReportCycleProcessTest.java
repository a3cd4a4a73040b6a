package org.wps.commitments.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.process.ProcessTestBase;

/** {@code annual-report-cycle.bpmn}: the yearly timer, fired by element id, opens each active mission's input once. */
@TrackerTest
class AnnualReportCycleProcessTest extends ProcessTestBase {

    private static final int YEAR = 2031;

    @Override
    protected String processKey() {
        return AnnualReportCycleProcess.KEY;
    }

    @Autowired
    AnnualReportFixture fixture;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    AnnualReportService service;

    @Test
    void yearlyTimer_isTheConfiguredDayAndOpensOneInputPerMissionWithOpenCommitments_once() {
        Job timer = cycleTimer();
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault());
        assertThat(due.getMonthValue())
                .as("commitments.annual-report.opens-on 12-01")
                .isEqualTo(12);
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getHour()).isEqualTo(6);

        ClockUtil.setCurrentTime(
                Date.from(LocalDate.of(YEAR, 12, 1).atTime(6, 0).toInstant(ZoneOffset.UTC)));
        Commitment active = fixture.commitment("UNMISS", "GOV-SSD", LocalDate.of(YEAR, 12, 1));
        // MONUSCO has only a closed commitment: no input
        fixture.close(fixture.commitment("MONUSCO", "FARDC", LocalDate.of(YEAR, 12, 1)), CommitmentStage.ABANDONED);
        Set<String> expected = commitments.findAll().stream()
                .filter(c -> !c.getStage().isClosed())
                .map(Commitment::getMissionCode)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).contains(active.getMissionCode()).doesNotContain("MONUSCO");

        fire();
        assertThat(openedMissions()).isEqualTo(expected);
        for (String mission : expected) {
            String businessKey = AnnualReportInputProcess.businessKey(mission, YEAR);
            var instance = jobs.instancesOf(businessKey).get(0);
            assertThat(instance.getTenantId()).isEqualTo(AnnualReportFixture.tenantOf(mission));
            assertThat(runtimeService.getVariables(instance.getId()))
                    .containsEntry("missionCode", mission)
                    .containsEntry("reportYear", YEAR);
            assertThat(service.get(mission, YEAR).getStatus()).isEqualTo(InputStatus.PREPARING);
            assertThat(jobs.task(businessKey, AnnualReportInputProcess.Elements.PREPARE_INPUT))
                    .isNotNull();
        }
        assertThat(service.exists("MONUSCO", YEAR)).isFalse();
        assertThat(cycleTimer().getDuedate())
                .as("the next call opens a year later")
                .isEqualTo(Date.from(ZonedDateTime.of(YEAR + 1, 12, 1, 6, 0, 0, 0, ZoneId.systemDefault())
                        .toInstant()));

        // fired twice (a retried job, a second node): nothing is opened twice
        long inputs = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(AnnualReportInputProcess.KEY)
                .count();
        fire();
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(AnnualReportInputProcess.KEY)
                        .count())
                .isEqualTo(inputs);
        assertThat(openedMissions()).isEqualTo(expected);
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(AnnualReportCycleProcess.KEY)
                        .finished()
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void lateFiring_opensTheYearOfTheLastOpeningDay() {
        AnnualReportProperties defaults = new AnnualReportProperties("12-01", "01-15", java.time.Period.ofDays(14));
        assertThat(defaults.reportYearOn(LocalDate.of(2032, 1, 3))).isEqualTo(2031);
        assertThat(defaults.reportYearOn(LocalDate.of(2031, 12, 1))).isEqualTo(2031);
        assertThat(defaults.cron()).isEqualTo("0 0 6 1 12 ?");
        assertThat(defaults.prepareDueDate(2031)).isEqualTo(LocalDate.of(2032, 1, 15));
        assertThat(new AnnualReportProperties("11-15", "02-01", java.time.Period.ofDays(7)).cron())
                .isEqualTo("0 0 6 15 11 ?");
    }

    private Job cycleTimer() {
        return jobs.managementService()
                .createJobQuery()
                .processDefinitionKey(AnnualReportCycleProcess.KEY)
                .activityId(AnnualReportCycleProcess.Elements.CALL_FOR_INPUT_OPENS)
                .timers()
                .singleResult();
    }

    private void fire() {
        jobs.managementService().executeJob(cycleTimer().getId());
        for (String mission : openedMissions()) {
            jobs.runAsync(AnnualReportInputProcess.businessKey(mission, YEAR));
        }
    }

    private Set<String> openedMissions() {
        return historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(AnnualReportInputProcess.KEY)
                .processInstanceBusinessKeyLike("%-ANNUAL-" + YEAR)
                .list()
                .stream()
                .map(HistoricProcessInstance::getBusinessKey)
                .map(key -> key.substring(0, key.indexOf("-ANNUAL-")))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
