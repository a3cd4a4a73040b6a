package org.wps.commitments.review;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.concern.ComplianceConcern;
import org.wps.commitments.concern.ComplianceConcernService;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.process.Jobs;

/** Test helper: works monitoring reviews, compliance concerns and final assessments as Tasklist users would. */
@Component
public class ReviewDriver {

    public static final String ADVISER = "unmissAdviser";
    public static final String SENIOR = "unmissSenior";
    public static final String LEADER = "unmissLeader";
    public static final String DESK = "osrsgDesk";

    private final Jobs jobs;
    private final CommitmentRepository commitments;
    private final ComplianceConcernService concerns;

    ReviewDriver(Jobs jobs, CommitmentRepository commitments, ComplianceConcernService concerns) {
        this.jobs = jobs;
        this.commitments = commitments;
        this.concerns = concerns;
    }

    /** The prepare-review form with every element of the commitment rated {@code rating}. */
    public VariableMap preparation(String reference, String overall, String rating, int incidents) {
        VariableMap values = Variables.createVariables()
                .putValue("complianceRating", overall)
                .putValue("incidentsVerified", incidents)
                .putValue("investigationsOpened", 1)
                .putValue("maraReference", "MARA-UNMISS-2026-Q3")
                .putValue("recommendations", "Fund the training of trainers.")
                .putValue("reviewSensitivity", "CONFIDENTIAL");
        for (CommitmentElement element :
                commitments.findByReference(reference).orElseThrow().getElements()) {
            values.putValue("rating" + element.name(), rating);
        }
        return values;
    }

    public void prepare(String reference, VariableMap values) {
        jobs.complete(
                jobs.task(reference, MonitoringReviewProcess.Elements.PREPARE_REVIEW), ADVISER, Roles.ADVISERS, values);
    }

    public void endorse(String reference) {
        jobs.complete(
                jobs.task(reference, MonitoringReviewProcess.Elements.ENDORSE_REVIEW),
                SENIOR,
                Roles.SENIOR_ADVISERS,
                Map.of("endorsement", "ENDORSE"));
    }

    /** Prepares and endorses the open review. */
    public void review(String reference, String overall, String rating, int incidents) {
        prepare(reference, preparation(reference, overall, rating, incidents));
        endorse(reference);
    }

    public ComplianceConcern reportConcern(String reference, String kind, String concernReference) {
        return concerns.report(
                reference,
                Map.of("kind", kind, "reference", concernReference),
                new Actor(ADVISER, Set.of(Roles.ADVISERS), Set.of("unmiss")));
    }

    public void assessConcern(String reference, String referral) {
        jobs.complete(
                jobs.task(reference, "userTask_assessConcern"),
                SENIOR,
                Roles.SENIOR_ADVISERS,
                Map.of("concernReferral", referral, "assessmentNote", "Pattern confirmed by the MARA working group."));
    }

    public void decideConcern(String reference, String taskKey, String action) {
        boolean desk = taskKey.endsWith("OsrsgSvc");
        jobs.complete(
                jobs.task(reference, taskKey),
                desk ? DESK : LEADER,
                desk ? Roles.OSRSG_SVC : Roles.MISSION_LEADERSHIP,
                Map.of("concernAction", action));
    }

    public void assessFinalCompliance(String reference, Map<String, Object> values) {
        Task task = jobs.task(reference, "userTask_assessFinalCompliance");
        jobs.complete(task, SENIOR, Roles.SENIOR_ADVISERS, values);
    }
}
