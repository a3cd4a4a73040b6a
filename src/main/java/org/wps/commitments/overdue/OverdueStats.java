package org.wps.commitments.overdue;

import java.util.Map;

/**
 * Counts for the dashboard's charts and tabs, over the caller's missions and the filter given.
 *
 * @param overdueByMission overdue items per mission code (missions without any are listed with 0)
 * @param overdueByAge overdue items per age bucket, in bucket order
 * @param commitmentsByStage open commitments per stage, in lifecycle order (mission and party filters only)
 */
record OverdueStats(
        long overdue,
        long dueSoon,
        long withoutDueDate,
        Map<String, Long> overdueByMission,
        Map<AgeBucket, Long> overdueByAge,
        Map<String, Long> commitmentsByStage) {}
