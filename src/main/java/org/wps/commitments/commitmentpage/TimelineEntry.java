package org.wps.commitments.commitmentpage;

import java.time.Instant;

/**
 * One line of a commitment's timeline: when, what kind of event, what happened, who did it (a staff user id, or
 * null for the engine itself) and in which process instance, when the engine recorded it.
 */
record TimelineEntry(Instant at, Kind kind, String what, String who, String processInstanceId) {

    /**
     * The kinds of events. Their order breaks ties between events recorded at the same instant, in the order
     * they happen: a task is completed before the next one is created.
     */
    public enum Kind {
        TIMER_FIRED,
        TASK_COMPLETED,
        TASK_CANCELLED,
        DECISION,
        DEADLINE_CHANGED,
        ESCALATION_DECIDED,
        PROCESS_ENDED,
        PROCESS_STARTED,
        ESCALATION_OPENED,
        TASK_CREATED
    }
}
