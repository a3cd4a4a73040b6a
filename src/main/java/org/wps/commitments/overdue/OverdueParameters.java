package org.wps.commitments.overdue;

/**
 * The overdue view's query parameters as they arrive (each may be missing or blank), bound by Spring MVC from
 * {@code ?mission=&party=&pillar=&level=&bucket=&page=&size=} for the API, the dashboard and its export alike;
 * {@link OverdueService#filter} checks them.
 */
record OverdueParameters(
        String mission, String party, String pillar, String level, String bucket, String page, String size) {

    /** No parameter: all the caller's missions, first page of the overdue bucket. */
    static final OverdueParameters NONE = new OverdueParameters(null, null, null, null, null, null, null);
}
