package org.wps.commitments.commitmentpage;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.LifecycleDriver;
import org.wps.commitments.escalation.OverdueEscalationProcess;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.plan.ActivityFollowUpProcess;
import org.wps.commitments.plan.PlanDriver;
import org.wps.commitments.process.Jobs;

/**
 * Test fixture for the commitment page: an UNMISS commitment worked through the real processes with the engine
 * clock moved along it. Opened, signed, its plan validated with one activity ({@code A01}, due {@link #DEADLINE});
 * both reminders go out, the deadline passes, senior advisers are asked at level 1 and accept {@link #ACCEPTED}. Callers reset the
 * clock ({@link ClockUtil#reset()}) afterwards.
 */
@Component
public class WorkedCommitment {

    public static final LocalDate OPENED = LocalDate.parse("2026-02-02");
    public static final LocalDate SIGNED = LocalDate.parse("2026-04-20");
    public static final LocalDate VALIDATED = LocalDate.parse("2026-06-22");
    public static final LocalDate DEADLINE = LocalDate.parse("2026-10-30");
    public static final LocalDate ACCEPTED = LocalDate.parse("2027-01-29");
    public static final String ACCEPTANCE_NOTE = "The ministry needs one more quarter to issue the order.";

    private final LifecycleDriver lifecycle;
    private final PlanDriver plan;
    private final Jobs jobs;

    WorkedCommitment(LifecycleDriver lifecycle, PlanDriver plan, Jobs jobs) {
        this.lifecycle = lifecycle;
        this.plan = plan;
        this.jobs = jobs;
    }

    /** Works a new commitment up to its accepted new deadline and returns its reference. */
    public String withDeadlineAcceptedOnEscalation() {
        at(OPENED);
        String reference = lifecycle.open("GOV-SSD", OPENED.plusMonths(3));
        at(SIGNED);
        lifecycle.sign(reference, SIGNED);
        at(VALIDATED);
        plan.draftAndValidate(reference, VALIDATED, DEADLINE);
        jobs.runAsync(reference);
        jobs.fire(reference, ActivityFollowUpProcess.Elements.EARLY_REMINDER_DUE);
        jobs.fire(reference, ActivityFollowUpProcess.Elements.LATE_REMINDER_DUE);
        jobs.fire(reference, ActivityFollowUpProcess.Elements.DEADLINE_PASSED);
        jobs.fire(reference, OverdueEscalationProcess.Elements.LEVEL_THRESHOLD_REACHED);
        jobs.complete(
                jobs.task(reference, OverdueEscalationProcess.Elements.DECIDE),
                "unmissSenior",
                Roles.SENIOR_ADVISERS,
                Map.of(
                        "escalationDecision",
                        "ACCEPT_NEW_DEADLINE",
                        "decisionNote",
                        ACCEPTANCE_NOTE,
                        "newDeadline",
                        ACCEPTED.toString()));
        return reference;
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }
}
