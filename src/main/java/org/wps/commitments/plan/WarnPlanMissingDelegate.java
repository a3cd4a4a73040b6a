package org.wps.commitments.plan;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.MISSION_CODE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REFERENCE;
import static org.wps.commitments.plan.ImplementationPlanProcess.Variables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wps.commitments.confidentiality.ItemSensitivity;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.notification.Notifications;

/**
 * {@code serviceTask_warnPlanMissing}, after {@code timer_planDue}: the plan is not validated by its due date,
 * so the mission's advisers are warned, once per plan (a returned draft re-arms the timer).
 */
@Component("warnPlanMissingDelegate")
class WarnPlanMissingDelegate implements JavaDelegate {

    private final PlanService plans;
    private final Notifications notifications;
    private final ItemSensitivity sensitivity;

    WarnPlanMissingDelegate(PlanService plans, Notifications notifications, ItemSensitivity sensitivity) {
        this.plans = plans;
        this.notifications = notifications;
        this.sensitivity = sensitivity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = PLAN_ID.get(execution);
        if (!plans.warnOnce(planId)) {
            return;
        }
        ImplementationPlan plan = plans.get(planId);
        String reference = REFERENCE.getOptional(execution).orElse(execution.getProcessBusinessKey());
        notifications.notifyAboutItem(
                "plan:" + planId + ":warning",
                Mission.tenantIdOf(MISSION_CODE.get(execution)),
                Roles.ADVISERS,
                sensitivity.of(execution),
                "Implementation plan due: " + reference,
                "The implementation plan of commitment " + reference + " was due on " + plan.getDueDate()
                        + " and is not validated yet. It escalates to senior advisers on "
                        + plans.escalationDate(plan) + ".");
    }
}
