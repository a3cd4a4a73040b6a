package org.wps.commitments.commitment;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements.*;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.*;

import java.time.Period;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.concern.ComplianceConcernProcess;
import org.wps.commitments.concern.ConcernAction;
import org.wps.commitments.concern.ConcernStatus;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.review.ReviewDriver;

/** The lifecycle's "Compliance concern" event sub-process: a concern assessed, referred to mission leadership or
 * the OSRSG-SVC desk, acted upon, with the reminders of each step. */
@TrackerTest
class CommitmentLifecycleConcernTest extends CommitmentLifecycleTestBase {

    /** One referral: who assesses refers it to, the task that group decides on, its reminder, the action taken. */
    record Referral(
            String referredTo,
            String decideTask,
            String group,
            String decisionOverdue,
            String reminderSent,
            String otherDecideTask,
            String action,
            ConcernAction expectedAction,
            String decidedBy) {}

    static Stream<Referral> referrals() {
        return Stream.of(
                new Referral(
                        "MISSION_LEADERSHIP",
                        ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP,
                        Roles.MISSION_LEADERSHIP,
                        ComplianceConcernProcess.Elements.LEADERSHIP_ACTION_OVERDUE,
                        ComplianceConcernProcess.Elements.LEADERSHIP_REMINDER_SENT,
                        ComplianceConcernProcess.Elements.DECIDE_ACTION_OSRSG_SVC,
                        "DEMARCHE_BY_HEAD_OF_MISSION",
                        ConcernAction.DEMARCHE_BY_HEAD_OF_MISSION,
                        ReviewDriver.LEADER),
                new Referral(
                        "OSRSG_SVC",
                        ComplianceConcernProcess.Elements.DECIDE_ACTION_OSRSG_SVC,
                        Roles.OSRSG_SVC,
                        ComplianceConcernProcess.Elements.OSRSG_SVC_ACTION_OVERDUE,
                        ComplianceConcernProcess.Elements.OSRSG_SVC_REMINDER_SENT,
                        ComplianceConcernProcess.Elements.DECIDE_ACTION_LEADERSHIP,
                        "PUBLIC_STATEMENT",
                        ConcernAction.PUBLIC_STATEMENT,
                        ReviewDriver.DESK));
    }

    @ParameterizedTest(name = "referred to {0}")
    @MethodSource("referrals")
    void concernIsAssessedReferredAndActedUpon_withTheRemindersOfEachStep(Referral referral) {
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
        reviewDriver.assessConcern(reference, referral.referredTo());
        Task decide = jobs.task(reference, referral.decideTask());
        assertThat(jobs.candidateGroup(decide)).isEqualTo(referral.group());
        jobs.fire(reference, referral.decisionOverdue());
        reviewDriver.decideConcern(reference, referral.decideTask(), referral.action());

        assertThat(pi)
                .hasPassed(
                        ComplianceConcernProcess.Elements.ASSESSMENT_REMINDER_SENT,
                        referral.reminderSent(),
                        ComplianceConcernProcess.Elements.CONCERN_HANDLED)
                .hasNotPassed(referral.otherDecideTask())
                .isWaitingAt(IMPLEMENTATION_PLAN);
        var acted = concerns.findById(concern.getId()).orElseThrow();
        assertThat(acted.getStatus()).isEqualTo(ConcernStatus.ACTED_UPON);
        assertThat(acted.getAction()).isEqualTo(referral.expectedAction());
        assertThat(acted.getDecidedBy()).isEqualTo(referral.decidedBy());
    }
}
