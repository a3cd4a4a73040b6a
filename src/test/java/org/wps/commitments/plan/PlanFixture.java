package org.wps.commitments.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.escalation.EscalatedItemType;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;

/**
 * Test fixture: signed commitments, validated plans and their activities written straight into the domain, so
 * that each process can be started on its own at the point a test needs.
 */
@Component
public class PlanFixture {

    public static final Actor ADVISER = new Actor("unmissAdviser", Set.of(Roles.ADVISERS), Set.of("unmiss"));
    public static final Actor SENIOR = new Actor("unmissSenior", Set.of(Roles.SENIOR_ADVISERS), Set.of("unmiss"));

    private final CommitmentService commitments;
    private final PlanService plans;
    private final ActivityService activities;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactions;

    PlanFixture(
            CommitmentService commitments,
            PlanService plans,
            ActivityService activities,
            RuntimeService runtimeService,
            TransactionTemplate transactions) {
        this.commitments = commitments;
        this.plans = plans;
        this.activities = activities;
        this.runtimeService = runtimeService;
        this.transactions = transactions;
    }

    /** A commitment of UNMISS with {@code partyCode} (GOV-SSD is not listed, SSPDF is), signed on {@code signedOn}. */
    public Commitment signedCommitment(String partyCode, LocalDate signedOn) {
        return signedCommitment(partyCode, signedOn, Sensitivity.CONFIDENTIAL);
    }

    /** A commitment of UNMISS with {@code partyCode} and label {@code sensitivity}, signed on {@code signedOn}. */
    public Commitment signedCommitment(String partyCode, LocalDate signedOn, Sensitivity sensitivity) {
        return transactions.execute(status -> {
            Commitment opened = commitments.open(
                    new NewCommitment(
                            "UNMISS",
                            partyCode,
                            CommitmentType.JOINT_COMMUNIQUE,
                            "Fixture commitment " + UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                            signedOn,
                            sensitivity,
                            null),
                    null,
                    // only senior advisers open a strictly confidential commitment
                    sensitivity == Sensitivity.STRICTLY_CONFIDENTIAL ? SENIOR : ADVISER);
            return commitments.recordSigning(opened.getId(), signedOn, "Juba", "Minister; SRSG-SVC", "FIX-DOC");
        });
    }

    /** A validated plan of the commitment with one activity per deadline. */
    public ImplementationPlan validatedPlan(Commitment commitment, List<LocalDate> deadlines) {
        return transactions.execute(status -> {
            ImplementationPlan plan = plans.open(commitment.getId(), null);
            List<NewActivity> rows = deadlines.stream()
                    .map(deadline -> new NewActivity(
                            "Issue command order " + deadline,
                            "Prevention",
                            ActivityClassification.SECURITY_SECTOR_ORDERS_TRAINING,
                            CommitmentElement.CHAIN_OF_COMMAND_ORDERS,
                            "Ministry of Defence",
                            deadline,
                            "Order issued",
                            null,
                            "Order in force",
                            FundingStatus.UNFUNDED,
                            "Copy of the order"))
                    .toList();
            plans.submit(
                    plan.getId(),
                    new PlanService.PlanDraft(
                            "Fixture plan",
                            commitment.getSignedOn(),
                            commitment.getSignedOn().plusYears(3),
                            "Oversight committee",
                            null,
                            null,
                            rows),
                    ADVISER);
            plans.validate(plan.getId(), commitment.getSignedOn(), "Workshop", null, ADVISER);
            plans.startImplementation(plan.getId());
            return plans.get(plan.getId());
        });
    }

    public List<PlanActivity> activitiesOf(ImplementationPlan plan) {
        return plans.activitiesOf(plan.getId());
    }

    public PlanActivity activity(long id) {
        return activities.get(id);
    }

    /** Starts {@code activity-follow-up} for the activity, as the plan's multi-instance call activity does. */
    public ProcessInstance followUp(PlanActivity activity, Commitment commitment) {
        return runtimeService
                .createProcessInstanceByKey(ActivityFollowUpProcess.KEY)
                .businessKey(commitment.getReference())
                .setVariables(Variables.createVariables()
                        .putValue(ActivityFollowUpProcess.Variables.ACTIVITY_ID.name(), activity.getId())
                        .putValue("missionCode", commitment.getMissionCode()))
                .execute();
    }

    /** Starts the ladder for an item on its own, as a calling process's call activity does. */
    public ProcessInstance ladder(EscalatedItemType type, long itemId, Commitment commitment) {
        return runtimeService
                .createProcessInstanceByKey(OverdueEscalationProcess.KEY)
                .businessKey(commitment.getReference())
                .setVariables(Variables.createVariables()
                        .putValue(OverdueEscalationProcess.Variables.ITEM_TYPE.name(), type.name())
                        .putValue(OverdueEscalationProcess.Variables.ITEM_ID.name(), itemId)
                        .putValue("missionCode", commitment.getMissionCode()))
                .execute();
    }

    /** Starts {@code implementation-plan} for a signed commitment, as the lifecycle's call activity does. */
    public ProcessInstance plan(Commitment commitment) {
        return runtimeService
                .createProcessInstanceByKey(ImplementationPlanProcess.KEY)
                .businessKey(commitment.getReference())
                .setVariables(Variables.createVariables()
                        .putValue("commitmentId", commitment.getId())
                        .putValue("missionCode", commitment.getMissionCode())
                        .putValue("reference", commitment.getReference()))
                .execute();
    }
}
