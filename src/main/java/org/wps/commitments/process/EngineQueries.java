package org.wps.commitments.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.query.Query;

/**
 * Reads every result of an engine query in pages, never with an unpaged {@code list()}: with
 * {@code query-max-results-limit} on (application.yaml), the engine refuses an unpaged list, or a page above the
 * limit, to any caller with a signed-in user (our API and pages run under the caller's engine authentication).
 * Pages are read in the query's order, which must be total (end an ordering by a time with an order by id);
 * without an explicit one the engine orders by id. Pages then neither overlap nor skip rows that do not change
 * meanwhile.
 */
public final class EngineQueries {

    /** Rows per page: well under the limit, and a few round trips for the largest lists we read. */
    static final int PAGE = 500;

    private EngineQueries() {}

    public static <T> List<T> all(Query<?, T> query) {
        return all(query, PAGE);
    }

    static <T> List<T> all(Query<?, T> query, int pageSize) {
        List<T> all = new ArrayList<>();
        for (int first = 0; ; first += pageSize) {
            List<T> page = query.listPage(first, pageSize);
            all.addAll(page);
            if (page.size() < pageSize) {
                return all;
            }
        }
    }
}
