package org.wps.commitments.overdue;

import java.util.List;

/** One page of the overdue view and the number of rows over all pages. */
public record OverduePage(int page, int size, long total, List<OverdueRow> items) {}
