package org.wps.commitments.overdue;

/** How long an overdue item has been overdue, in whole days. */
enum AgeBucket {
    UP_TO_30("0–30 days", 30),
    FROM_31_TO_90("31–90 days", 90),
    FROM_91_TO_180("91–180 days", 180),
    OVER_180("over 180 days", Integer.MAX_VALUE);

    private final String label;
    private final int maxDays;

    AgeBucket(String label, int maxDays) {
        this.label = label;
        this.maxDays = maxDays;
    }

    public String label() {
        return label;
    }

    /** The most days overdue an item of this bucket has. */
    public int maxDays() {
        return maxDays;
    }
}
