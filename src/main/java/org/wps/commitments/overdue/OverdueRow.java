package org.wps.commitments.overdue;

import java.time.LocalDate;

/**
 * One late (or soon due, or undated) item: what it is, where, for which party and commitment, who is to act,
 * when it was due, how late it is, how far up the escalation ladder it stands, and where to work on it.
 *
 * @param daysOverdue whole days since the due date (0 on the day it fell due, negative when due later, null
 *     without a due date)
 * @param responsible the task's assignee when someone has claimed it, otherwise the group that is to act
 * @param taskUrl the open Tasklist task for the item, when there is one the viewer may read
 * @param cockpitUrl the process instance that follows the item, in Cockpit
 */
public record OverdueRow(
        OverdueKind kind,
        long id,
        String mission,
        String partyCode,
        String partyName,
        String commitmentReference,
        String item,
        String stage,
        String pillar,
        String responsible,
        LocalDate dueDate,
        Long daysOverdue,
        int escalationLevel,
        boolean suspended,
        String processInstanceId,
        String taskId,
        String taskUrl,
        String cockpitUrl,
        String commitmentUrl) {}
