package org.wps.commitments.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentLifecycle;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.CommitmentStage;

/**
 * The demo profile's data, seeded here into the shared test context: real commitments of the domain brief in
 * several stages, worked by the demo users, with late ones whose escalation timers are due.
 */
@TrackerTest
class DemoCommitmentsTest {

    @Autowired
    CommitmentLifecycle lifecycle;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ManagementService managementService;

    @Autowired
    org.wps.commitments.escalation.EscalationRepository escalations;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void seedsCommitmentsInSeveralStagesOnceWithOverdueWork() {
        var seeder = new DemoCommitments(lifecycle, commitments, taskService, identityService, engineConfiguration);
        // the context is shared: other tests' commitments (one with a deliberate incident) are not the demo's
        var othersBefore = commitments.findAll().stream().map(Commitment::getId).collect(Collectors.toSet());
        seeder.run(null);
        long seeded = commitments.count();
        seeder.run(null);
        assertThat(commitments.count()).as("seeding twice adds nothing").isEqualTo(seeded);

        Map<String, Commitment> byReference = commitments.findAll().stream()
                .filter(c -> !othersBefore.contains(c.getId()))
                .collect(Collectors.toMap(Commitment::getReference, Function.identity()));
        assertThat(byReference.get("UNMISS-JC-2014").getStage()).isEqualTo(CommitmentStage.IMPLEMENTATION);
        assertThat(byReference.get("UNMISS-JC-2014").getSignedOn()).hasToString("2014-10-11");
        assertThat(byReference.get("UNMISS-UC-2014").getStage()).isEqualTo(CommitmentStage.PLAN_DEVELOPMENT);
        assertThat(byReference.get("UNMISS-AP-2019").getStage()).isEqualTo(CommitmentStage.AWAITING_SIGNATURE);
        assertThat(byReference.get("MINUSMA-JC-2019").getStage()).isEqualTo(CommitmentStage.IMPLEMENTATION);
        assertThat(byReference.get("UNSOM-JC-2013").getStage()).isEqualTo(CommitmentStage.IMPLEMENTATION);
        assertThat(byReference.values())
                .extracting(Commitment::getStage)
                .contains(CommitmentStage.ENGAGEMENT, CommitmentStage.SENIOR_REVIEW, CommitmentStage.CLEARANCE);
        assertThat(byReference.values()).extracting(Commitment::getMissionCode).contains("UNMISS", "MINUSMA", "UNSOM");
        assertThat(byReference.get("UNMISS-JC-2014").getOpenedBy()).isEqualTo("unmissAdviser");

        // a commitment's timers may sit in the processes it called (its plan): they share its business key
        List<String> overdueTimers = managementService.createJobQuery().timers().executable().list().stream()
                .map(job -> runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey())
                .toList();
        assertThat(overdueTimers)
                .as("late demo commitments have escalation timers due now")
                .contains("UNMISS-UC-2014", "UNMISS-AP-2019");
        // validated demo plans start following their activities as soon as the job executor runs
        assertThat(managementService.createJobQuery().messages().list().stream().map(job -> runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey()))
                .contains("UNMISS-JC-2014", "MINUSMA-JC-2019");

        // what the job executor does after start-up: the demo plans' overdue activities reach different levels
        for (int round = 0; round < 10; round++) {
            var due = byReference.keySet().stream()
                    .flatMap(reference ->
                            runtimeService
                                    .createProcessInstanceQuery()
                                    .processInstanceBusinessKey(reference)
                                    .list()
                                    .stream())
                    .flatMap(pi ->
                            managementService
                                    .createJobQuery()
                                    .processInstanceId(pi.getId())
                                    .executable()
                                    .list()
                                    .stream())
                    .toList();
            if (due.isEmpty()) {
                break;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        var open = byReference.values().stream()
                .flatMap(c -> escalations.findByCommitmentIdOrderByOpenedAtAscIdAsc(c.getId()).stream())
                .filter(e -> e.isOpen())
                .toList();
        assertThat(open)
                .extracting(e -> e.getItemType() + " level " + e.getLevel())
                .contains("ACTIVITY level 1", "ACTIVITY level 2", "ACTIVITY level 3");
        assertThat(byReference.keySet().stream()
                        .flatMap(reference ->
                                runtimeService
                                        .createProcessInstanceQuery()
                                        .processInstanceBusinessKey(reference)
                                        .list()
                                        .stream())
                        .mapToLong(pi -> runtimeService
                                .createIncidentQuery()
                                .processInstanceId(pi.getId())
                                .count())
                        .sum())
                .as("incidents in the demo processes")
                .isZero();
    }
}
