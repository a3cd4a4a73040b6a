package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Period;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.concern.ComplianceConcernProcess;
import org.wps.commitments.identity.Roles;

/** The lifecycle's "Compliance concern" event sub-process: a concern assessed, referred to mission leadership or
 * the OSRSG-SVC desk, acted upon, with the reminders of each step. */
@TrackerTest
class CommitmentLifecycleConcernTest extends CommitmentLifecycleTestBase {

    @Test
    void concernReferredToMissionLeadership_isActedUpon_andRemindersGoOut() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = toImplementation(pi);
        var concern = reviewDriver.reportConcern(reference, "DENIAL_OF_ACCESS", "MARA-UNMISS-2026-0042");
        Task assess = jobs.task(reference, ComplianceConcernProcess.Elements.ASSESS_CONCERN);
        assertThat(jobs.candidateGroup(assess)).isEqualTo(Roles.SENIOR_ADVISERS);
        assertThat(assess.getDueDate().toInstant()).isEqualTo(plus(clock.instant(), Period.ofDays(3)));
        assertThat(assess.getDescription()).contains("denial of access", "MARA-UNMISS-2026-0042", reference);
        // nothing else stopped
        assertThat(pi).isWaitingAt(IMPLEMENTATION_PLAN, ComplianceConcernProcess.Elements.ASSESS_CONCERN);

        jobs.fire(reference, ComplianceConcernProcess.Elements.ASSESSMENT_OVERDUE);
        reviewDriver.assessConcern(reference, "MISSION_LEADERSHIP");
        Task decide = jobs.task(reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP);
        assertThat(jobs.candidateGroup(decide)).isEqualTo(Roles.MISSION_LEADERSHIP);
        jobs.fire(reference, ComplianceConcernProcess.Elements.LEADERSHIP_ACTION_OVERDUE);
        reviewDriver.decideConcern(
                reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP, "DEMARCHE_BY_HEAD_OF_MISSION");

        assertThat(pi)
                .hasPassed(
                        ComplianceConcernProcess.Elements.ASSESSMENT_REMINDER_SENT,
                        ComplianceConcernProcess.Elements.LEADERSHIP_REMINDER_SENT,
                        ComplianceConcernProcess.Elements.CONCERN_HANDLED)
                .isWaitingAt(IMPLEMENTATION_PLAN);
        var acted = concerns.findById(concern.getId()).orElseThrow();
        assertThat(acted.getStatus()).isEqualTo(org.wps.commitments.concern.ConcernStatus.ACTED_UPON);
        assertThat(acted.getAction()).isEqualTo(org.wps.commitments.concern.ConcernAction.DEMARCHE_BY_HEAD_OF_MISSION);
        assertThat(acted.getDecidedBy()).isEqualTo(ReviewDriverUsers.LEADER);
    }

    @Test
    void concernReferredToTheDesk_isDecidedThere() {
        ProcessInstance pi = open(uniqueTitle());
        String reference = toImplementation(pi);
        reviewDriver.reportConcern(reference, "AMNESTY", "MARA-UNMISS-2026-0043");
        reviewDriver.assessConcern(reference, "OSRSG_SVC");
        Task decide = jobs.task(reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_OSRSG_SVC);
        assertThat(jobs.candidateGroup(decide)).isEqualTo(Roles.OSRSG_SVC);
        jobs.fire(reference, ComplianceConcernProcess.Elements.OSRSG_SVC_ACTION_OVERDUE);
        reviewDriver.decideConcern(
                reference, ComplianceConcernProcess.Elements.DECIDE_ACTION_OSRSG_SVC, "PUBLIC_STATEMENT");
        assertThat(pi)
                .hasPassed(
                        ComplianceConcernProcess.Elements.OSRSG_SVC_REMINDER_SENT,
                        ComplianceConcernProcess.Elements.CONCERN_HANDLED)
                .hasNotPassed(ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP);
    }
}
