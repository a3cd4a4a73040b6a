package org.wps.commitments.escalation;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the escalation ladder needs to know about, and do to, one kind of late item. Each feature that owns late
 * work implements it for its item types, so the ladder stays one process for all of them.
 */
public interface EscalatedItems {

    Set<EscalatedItemType> types();

    /** The item as it is now (its due date may have moved). */
    EscalatedItem describe(EscalatedItemType type, long id);

    /** Notes that the item reached {@code level} of the ladder. */
    default void escalatedTo(EscalatedItemType type, long id, int level) {}

    /**
     * Applies a deadline accepted on escalation, in the calling process ({@code execution}), so that its due
     * dates and timers move with it.
     */
    void acceptNewDeadline(
            EscalatedItemType type, long id, LocalDate newDeadline, Escalation decided, DelegateExecution execution);

    /** Closes the item as not feasible, as decided on escalation. */
    void closeAsNotFeasible(EscalatedItemType type, long id, Escalation decided, DelegateExecution execution);
}
