package org.wps.commitments.system;

import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tracker's own settings, under {@code commitments.*}. Every timer and due date of the processes is
 * computed from these periods, never from literals in the models.
 *
 * @param timeZone zone in which calendar dates (target signing date, signing date) start and end
 * @param timers when late work escalates
 * @param deadlines how long each kind of task may take once it is opened
 * @param activities when advisers are reminded of plan activity deadlines
 * @param escalation when each level of the escalation ladder opens and how long it has to decide
 * @param reviews when monitoring reviews, compliance concerns and final assessments are due
 * @param admin the first administrator, required outside the demo profile
 * @param demo what the demo profile seeds
 */
@ConfigurationProperties("commitments")
public record CommitmentsProperties(
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue Timers timers,
        @DefaultValue Deadlines deadlines,
        @DefaultValue Activities activities,
        @DefaultValue Escalation escalation,
        @DefaultValue Reviews reviews,
        @DefaultValue Admin admin,
        @DefaultValue Demo demo) {

    /**
     * @param engagementStalledAfter no engagement recorded for this long opens a senior review
     * @param signatureEscalationAfter this long after a passed target signing date, senior advisers review
     * @param planWarningAfter no validated plan this long after signing warns the adviser
     * @param planEscalationAfter no validated plan this long after signing opens a senior review
     */
    public record Timers(
            @DefaultValue("P120D") Period engagementStalledAfter,
            @DefaultValue("P90D") Period signatureEscalationAfter,
            @DefaultValue("P6M") Period planWarningAfter,
            @DefaultValue("P12M") Period planEscalationAfter) {}

    /**
     * @param drafting time to draft (or revise) a commitment text
     * @param seniorReview time for a senior adviser to review a draft or a late item
     * @param clearance time for the OSRSG-SVC desk to clear a text
     */
    public record Deadlines(
            @DefaultValue("P60D") Period drafting,
            @DefaultValue("P14D") Period seniorReview,
            @DefaultValue("P30D") Period clearance) {}

    /**
     * @param earlyReminderBefore how long before an activity deadline the adviser gets the first reminder
     * @param lateReminderBefore how long before an activity deadline the adviser gets the last reminder
     */
    public record Activities(
            @DefaultValue("P30D") Period earlyReminderBefore, @DefaultValue("P7D") Period lateReminderBefore) {}

    /**
     * The ladder: level 1 senior advisers, level 2 mission leadership, level 3 OSRSG-SVC. Each level opens this
     * long after the late item's due date unless the routing decision ({@code escalation-routing.dmn}) opens it
     * at once, or a person raises it earlier.
     *
     * @param level1After when senior advisers are asked
     * @param level2After when mission leadership is asked
     * @param level3After when the OSRSG-SVC desk is asked
     * @param decisionTime the least time a level has to decide; the top level's due date
     * @param followUpAfterEngagement after "engage the party", how long before the next level at the earliest
     */
    public record Escalation(
            @DefaultValue("P14D") Period level1After,
            @DefaultValue("P60D") Period level2After,
            @DefaultValue("P90D") Period level3After,
            @DefaultValue("P30D") Period decisionTime,
            @DefaultValue("P30D") Period followUpAfterEngagement) {

        /** When level {@code level} (1 to 3) opens, counted from the item's due date. */
        public Period after(int level) {
            return switch (level) {
                case 1 -> level1After;
                case 2 -> level2After;
                default -> level3After;
            };
        }
    }

    /**
     * Monitoring after signing (DOMAIN.md §5.2, §10).
     *
     * @param cycle when a commitment in implementation is reviewed: an ISO 8601 repeating interval counted from
     *     signing ({@code R/P3M}, quarterly) or a cron expression ({@code 0 0 6 1 1,4,7,10 ?}, calendar quarters)
     * @param submitWithin a review not submitted this long after its period ends escalates
     * @param reminderBefore how long before that due date the advisers are reminded
     * @param endorseWithin time for a senior adviser to endorse a submitted review
     * @param concernAssessmentWithin time for senior advisers to assess a compliance concern
     * @param concernActionWithin time for mission leadership or the OSRSG-SVC desk to act on a referred concern
     * @param finalAssessmentWithin time for senior advisers to make the final compliance assessment
     * @param reassessAfter once the plan is completed, how often the final assessment is proposed again while
     *     the commitment stays open
     */
    public record Reviews(
            @DefaultValue("R/P3M") String cycle,
            @DefaultValue("P14D") Period submitWithin,
            @DefaultValue("P7D") Period reminderBefore,
            @DefaultValue("P14D") Period endorseWithin,
            @DefaultValue("P3D") Period concernAssessmentWithin,
            @DefaultValue("P7D") Period concernActionWithin,
            @DefaultValue("P30D") Period finalAssessmentWithin,
            @DefaultValue("P1Y") Period reassessAfter) {}

    /**
     * The administrator created at start-up when no user exists with this id. Outside the demo profile both
     * values must come from the environment ({@code COMMITMENTS_ADMIN_ID}, {@code COMMITMENTS_ADMIN_PASSWORD}).
     */
    public record Admin(String id, String password) {

        public boolean isConfigured() {
            return id != null && !id.isBlank() && password != null && !password.isBlank();
        }
    }

    /**
     * @param users seed the demo users of DESIGN.md §4 (demo profile only)
     * @param commitments seed realistic commitments in several stages (demo profile only)
     * @param password the demo users' password
     */
    public record Demo(
            @DefaultValue("false") boolean users, @DefaultValue("false") boolean commitments, String password) {}
}
