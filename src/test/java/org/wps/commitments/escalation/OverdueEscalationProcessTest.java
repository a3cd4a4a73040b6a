package org.wps.commitments.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.wps.commitments.escalation.OverdueEscalationProcess.Elements.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.notification.Mailbox;
import org.wps.commitments.notification.Notifications;
import org.wps.commitments.plan.ActivityService;
import org.wps.commitments.plan.DeadlineChangeSource;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanFixture;
import org.wps.commitments.process.ProcessTestBase;

/** {@code overdue-escalation.bpmn}: one method per path of the ladder, timers fired by element id. */
@TrackerTest
class OverdueEscalationProcessTest extends ProcessTestBase {

    @Override
    protected String processKey() {
        return OverdueEscalationProcess.KEY;
    }

    /** The activity's deadline; the ladder starts when it passes. */
    private static final LocalDate DEADLINE = LocalDate.parse("2027-03-01");

    @Autowired
    EscalationRepository escalations;

    @Autowired
    PlanFixture fixture;

    @Autowired
    ActivityService activities;

    @BeforeEach
    void atTheDeadline() {
        ClockUtil.setCurrentTime(at(DEADLINE, 9));
    }

    @Test
    void overdueActivity_opensLevel1ForSeniorAdvisersAfterFourteenDays() throws Exception {
        Late late = lateActivity("GOV-SSD");
        ProcessInstance pi = late.ladder();

        assertThat(pi)
                .isWaitingAtExactly(LEVEL_THRESHOLD_REACHED)
                .hasPassed(START, START_LADDER, ROUTE, SCHEDULE_LEVEL);
        assertThat(jobs.timer(late.reference(), LEVEL_THRESHOLD_REACHED).getDuedate())
                .isEqualTo(startOf(DEADLINE.plusDays(14)));
        assertThat(escalations.findByProcessInstanceIdAndClosedAtIsNull(pi.getId()))
                .isEmpty();
        assertThat(Mailbox.recipients()).isEmpty();

        jobs.fire(late.reference(), LEVEL_THRESHOLD_REACHED);

        Task task = jobs.task(late.reference(), DECIDE);
        assertThat(jobs.candidateGroup(task)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(task.getTenantId()).isEqualTo("unmiss");
        assertThat(task.getDueDate()).isEqualTo(startOf(DEADLINE.plusDays(60)));
        assertThat(task.getName()).isEqualTo("Decide on overdue item (level 1): " + late.label());
        assertThat(task.getDescription()).isEqualTo("Due on 2027-03-01, 14 days ago.");
        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getLevel()).isEqualTo(1);
                    assertThat(e.getCandidateGroup()).isEqualTo(Roles.SENIOR_ADVISERS);
                    assertThat(e.getMissionCode()).isEqualTo("UNMISS");
                    assertThat(e.getItemDueDate()).isEqualTo(DEADLINE);
                    assertThat(e.getOpenedAt())
                            .isEqualTo(startOf(DEADLINE.plusDays(14)).toInstant());
                    assertThat(e.getDueAt())
                            .isEqualTo(startOf(DEADLINE.plusDays(60)).toInstant());
                    assertThat(e.isOpen()).isTrue();
                });
        assertThat(fixture.activity(late.id()).getEscalationLevel()).isEqualTo(1);
        // the mission's senior advisers, not those of other missions
        assertThat(Mailbox.recipients()).containsExactly("unmissSenior@example.org");
        // the fixture's commitment is confidential: its mail names no item
        assertThat(Mailbox.received().get(0).getSubject()).isEqualTo(Notifications.confidentialSubject());
    }

    @Test
    void levelUndecided_raisesToMissionLeadershipThenOsrsgSvc() {
        Late late = lateActivity("GOV-SSD");
        ProcessInstance pi = late.ladder();
        jobs.fire(late.reference(), LEVEL_THRESHOLD_REACHED);

        jobs.fire(late.reference(), LEVEL_UNDECIDED);
        Task level2 = jobs.task(late.reference(), DECIDE);
        assertThat(jobs.candidateGroup(level2)).isEqualTo(Roles.MISSION_LEADERSHIP);
        assertThat(level2.getDueDate()).isEqualTo(startOf(DEADLINE.plusDays(90)));

        jobs.fire(late.reference(), LEVEL_UNDECIDED);
        Task level3 = jobs.task(late.reference(), DECIDE);
        assertThat(jobs.candidateGroup(level3)).isEqualTo(Roles.OSRSG_SVC);
        assertThat(level3.getDueDate()).isEqualTo(startOf(DEADLINE.plusDays(90 + 30)));

        // undecided at the top: the top level opens again, and its group is told again
        jobs.fire(late.reference(), LEVEL_UNDECIDED);
        assertThat(jobs.candidateGroup(jobs.task(late.reference(), DECIDE))).isEqualTo(Roles.OSRSG_SVC);

        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id()))
                .extracting(Escalation::getLevel, Escalation::getCandidateGroup, Escalation::getDecision)
                .containsExactly(
                        tuple(1, Roles.SENIOR_ADVISERS, EscalationDecision.NO_DECISION),
                        tuple(2, Roles.MISSION_LEADERSHIP, EscalationDecision.NO_DECISION),
                        tuple(3, Roles.OSRSG_SVC, EscalationDecision.NO_DECISION),
                        tuple(3, Roles.OSRSG_SVC, null));
        assertThat(escalations
                        .findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id())
                        .get(1)
                        .getReason())
                .isEqualTo("Due on 2027-03-01, 60 days ago; level 1 did not decide in time.");
        assertThat(Mailbox.recipients())
                .containsExactlyInAnyOrder(
                        "unmissSenior@example.org",
                        "unmissLeader@example.org",
                        "osrsgDesk@example.org",
                        "osrsgDesk@example.org");
        assertThat(pi).hasPassed(RAISE_UNDECIDED, LEVEL_UNDECIDED).isNotEnded();
    }

    @Test
    void raiseToNextLevel_opensMissionLeadershipAtOnce() {
        Late late = lateActivity("GOV-SSD");
        late.ladder();
        jobs.fire(late.reference(), LEVEL_THRESHOLD_REACHED);
        ClockUtil.setCurrentTime(at(DEADLINE.plusDays(20), 9));

        decide(
                late,
                Roles.SENIOR_ADVISERS,
                "unmissSenior",
                "RAISE_TO_NEXT_LEVEL",
                null,
                "The ministry no longer answers.");

        Task level2 = jobs.task(late.reference(), DECIDE);
        assertThat(jobs.candidateGroup(level2)).isEqualTo(Roles.MISSION_LEADERSHIP);
        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id()))
                .extracting(Escalation::getLevel, Escalation::getDecision, Escalation::getDecidedBy)
                .containsExactly(
                        tuple(1, EscalationDecision.RAISE_TO_NEXT_LEVEL, "unmissSenior"), tuple(2, null, null));
        assertThat(escalations
                        .findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id())
                        .get(1)
                        .getOpenedAt())
                .isEqualTo(at(DEADLINE.plusDays(20), 9).toInstant());
    }

    @Test
    void engageParty_waitsForTheNextLevelsThreshold() {
        Late late = lateActivity("GOV-SSD");
        ProcessInstance pi = late.ladder();
        jobs.fire(late.reference(), LEVEL_THRESHOLD_REACHED);

        decide(late, Roles.SENIOR_ADVISERS, "unmissSenior", "ENGAGE_PARTY", null, "Meeting the minister next week.");

        assertThat(pi).isWaitingAtExactly(LEVEL_THRESHOLD_REACHED);
        assertThat(jobs.timer(late.reference(), LEVEL_THRESHOLD_REACHED).getDuedate())
                .isEqualTo(startOf(DEADLINE.plusDays(60)));
        jobs.fire(late.reference(), LEVEL_THRESHOLD_REACHED);
        assertThat(jobs.candidateGroup(jobs.task(late.reference(), DECIDE))).isEqualTo(Roles.MISSION_LEADERSHIP);
        assertThat(escalations
                        .findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id())
                        .get(1)
                        .getReason())
                .isEqualTo("Due on 2027-03-01, 60 days ago; still late after engaging the party at level 1.");
    }

    @Test
    void acceptNewDeadline_endsTheLadderWithTheDecision() {
        Late late = lateActivity("GOV-SSD");
        ProcessInstance pi = late.ladder();
        jobs.fire(late.reference(), LEVEL_THRESHOLD_REACHED);

        decide(
                late,
                Roles.SENIOR_ADVISERS,
                "unmissSenior",
                "ACCEPT_NEW_DEADLINE",
                "2027-06-30",
                "Funds arrive in May.");

        assertThat(pi).isEnded().hasPassedInOrder(DECIDE, ESCALATION_DECIDED);
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName("escalationDecision")
                        .singleResult()
                        .getValue())
                .isEqualTo("ACCEPT_NEW_DEADLINE");
        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getDecision()).isEqualTo(EscalationDecision.ACCEPT_NEW_DEADLINE);
                    assertThat(e.getNewDeadline()).isEqualTo(LocalDate.parse("2027-06-30"));
                    assertThat(e.getDecisionNote()).isEqualTo("Funds arrive in May.");
                    assertThat(e.getDecidedBy()).isEqualTo("unmissSenior");
                    assertThat(e.isOpen()).isFalse();
                });
    }

    @Test
    void closeAsNotFeasible_endsTheLadderWithTheDecision() {
        Late late = lateActivity("GOV-SSD");
        ProcessInstance pi = late.ladder();
        jobs.fire(late.reference(), LEVEL_THRESHOLD_REACHED);

        decide(late, Roles.SENIOR_ADVISERS, "unmissSenior", "CLOSE_AS_NOT_FEASIBLE", null, "The unit was dissolved.");

        assertThat(pi).isEnded().hasPassed(ESCALATION_DECIDED);
        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id()))
                .extracting(Escalation::getDecision)
                .containsExactly(EscalationDecision.CLOSE_AS_NOT_FEASIBLE);
    }

    @Test
    void ladderStartedLate_opensTheLevelTheDelayCallsFor() {
        Late late = lateActivity("GOV-SSD");
        ClockUtil.setCurrentTime(at(DEADLINE.plusDays(70), 9));
        ProcessInstance pi = late.ladder();

        assertThat(pi).isWaitingAtExactly(DECIDE).hasNotPassed(LEVEL_THRESHOLD_REACHED);
        Task task = jobs.task(late.reference(), DECIDE);
        assertThat(jobs.candidateGroup(task)).isEqualTo(Roles.MISSION_LEADERSHIP);
        // it has at least the decision time, although level 3 would open at +90 days
        assertThat(task.getDueDate()).isEqualTo(at(DEADLINE.plusDays(70 + 30), 9));
        assertThat(task.getDescription()).isEqualTo("Due on 2027-03-01, 70 days ago.");
    }

    @Test
    void listedParty_goesToOsrsgSvcAtOnce() {
        Late late = lateActivity("SSPDF");
        ProcessInstance pi = late.ladder();

        assertThat(pi).isWaitingAtExactly(DECIDE).hasNotPassed(LEVEL_THRESHOLD_REACHED);
        Task task = jobs.task(late.reference(), DECIDE);
        assertThat(jobs.candidateGroup(task)).isEqualTo(Roles.OSRSG_SVC);
        assertThat(task.getDueDate())
                .isEqualTo(Date.from(at(DEADLINE, 9).toInstant().plus(java.time.Duration.ofDays(30))));
        assertThat(task.getDescription())
                .isEqualTo("Due on 2027-03-01; the party is listed in the Secretary-General's annex.");
        assertThat(Mailbox.recipients()).containsExactly("osrsgDesk@example.org");
    }

    @Test
    void invalidDecisions_areRefusedAndTheLevelStaysOpen() {
        Late late = lateActivity("SSPDF");
        late.ladder();
        Task task = jobs.task(late.reference(), DECIDE);

        assertThatThrownBy(() -> decide(late, Roles.OSRSG_SVC, "osrsgDesk", "RAISE_TO_NEXT_LEVEL", null, " "))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Level 3 is the top of the ladder")
                .hasMessageContaining("Reason for the decision is required");
        assertThatThrownBy(() -> decide(late, Roles.OSRSG_SVC, "osrsgDesk", "ACCEPT_NEW_DEADLINE", "2027-02-01", "Ok"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("The new deadline 2027-02-01 must be after today (2027-03-01)");
        assertThatThrownBy(() -> decide(late, Roles.OSRSG_SVC, "osrsgDesk", "NO_DECISION", null, "Ok"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Decision NO_DECISION is recorded by the tracker itself");

        assertThat(jobs.task(late.reference(), DECIDE).getId()).isEqualTo(task.getId());
        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.isOpen()).isTrue());
    }

    @Test
    void itemNoLongerLateWhenALevelWouldOpen_endsTheLadderWithoutAsking() {
        Late late = lateActivity("GOV-SSD");
        ProcessInstance pi = late.ladder();
        activities.changeDeadline(
                late.id(),
                DEADLINE.plusMonths(2),
                "Moved by the oversight committee",
                DeadlineChangeSource.API,
                PlanFixture.ADVISER);

        jobs.fire(late.reference(), LEVEL_THRESHOLD_REACHED);

        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(OPEN_LEVEL, ITEM_STILL_LATE_GATEWAY, ITEM_NO_LONGER_LATE)
                .hasNotPassed(DECIDE);
        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id()))
                .isEmpty();
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName("escalationDecision")
                        .singleResult()
                        .getValue())
                .isEqualTo("NO_LONGER_NEEDED");
        assertThat(Mailbox.recipients()).isEmpty();
    }

    @Test
    void ladderEndedByItsCaller_closesTheOpenLevel() {
        Late late = lateActivity("SSPDF");
        ProcessInstance pi = late.ladder();

        runtimeService.deleteProcessInstance(pi.getId(), "activity completed");

        assertThat(escalations.findByItemTypeAndItemIdOrderByOpenedAtAscIdAsc(EscalatedItemType.ACTIVITY, late.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getDecision()).isEqualTo(EscalationDecision.NO_LONGER_NEEDED);
                    assertThat(e.getDecidedBy()).isEqualTo("system");
                    assertThat(e.isOpen()).isFalse();
                });
    }

    private void decide(Late late, String group, String user, String decision, String newDeadline, String note) {
        var values = new java.util.HashMap<String, Object>();
        values.put("escalationDecision", decision);
        values.put("decisionNote", note);
        if (newDeadline != null) {
            values.put("newDeadline", newDeadline);
        }
        jobs.complete(jobs.task(late.reference(), DECIDE), user, group, values);
    }

    private Late lateActivity(String partyCode) {
        Commitment commitment = fixture.signedCommitment(partyCode, LocalDate.parse("2026-01-15"));
        ImplementationPlan plan = fixture.validatedPlan(commitment, List.of(DEADLINE));
        PlanActivity activity = fixture.activitiesOf(plan).get(0);
        return new Late(commitment, activity);
    }

    /** A plan activity whose deadline passes today, with its commitment. */
    private final class Late {
        private final Commitment commitment;
        private final PlanActivity activity;

        Late(Commitment commitment, PlanActivity activity) {
            this.commitment = commitment;
            this.activity = activity;
        }

        String reference() {
            return commitment.getReference();
        }

        long id() {
            return activity.getId();
        }

        String label() {
            return activity.label(commitment.getReference());
        }

        /** Starts the ladder for the activity, as activity-follow-up does at its deadline. */
        ProcessInstance ladder() {
            return fixture.ladder(EscalatedItemType.ACTIVITY, activity.getId(), commitment);
        }
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }
}
