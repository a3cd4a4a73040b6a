package org.wps.commitments.overdue;

import java.nio.charset.StandardCharsets;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.audit.AuditAction;
import org.wps.commitments.audit.AuditLog;
import org.wps.commitments.identity.Actor;

/**
 * {@code GET /api/overdue}: the overdue view of the caller's missions, one page as JSON or, when asked with
 * {@code Accept: text/csv}, the same page as CSV; {@code GET /api/stats}: the counts behind the dashboard.
 */
@RestController
class OverdueController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OverdueService overdue;

    private final AuditLog audit;

    OverdueController(OverdueService overdue, AuditLog audit) {
        this.overdue = overdue;
        this.audit = audit;
    }

    @GetMapping(
            path = "/api/overdue",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    OverduePage overdue(@ParameterObject OverdueParameters parameters, Actor user) {
        return overdue.page(overdue.filter(parameters, user));
    }

    @GetMapping(path = "/api/overdue", produces = "text/csv")
    ResponseEntity<String> overdueCsv(@ParameterObject OverdueParameters parameters, Actor user) {
        OverdueFilter filter = overdue.filter(parameters, user);
        return csv(overdue.page(filter), filter, user, audit, "GET /api/overdue");
    }

    @GetMapping(
            path = "/api/stats",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    OverdueStats stats(
            @RequestParam(name = "mission", required = false) String mission,
            @RequestParam(name = "party", required = false) String party,
            @RequestParam(name = "pillar", required = false) String pillar,
            @RequestParam(name = "level", required = false) String level,
            Actor user) {
        return overdue.stats(
                overdue.filter(new OverdueParameters(mission, party, pillar, level, null, null, null), user));
    }

    /** The page as a CSV download, named after its bucket and page. */
    static ResponseEntity<String> csv(
            OverduePage page, OverdueFilter filter, Actor user, AuditLog audit, String source) {
        audit.record(user, AuditAction.EXPORT, filter.mission(), source + " as CSV", describe(filter, page));
        String name = "overdue-"
                + filter.bucket().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-page-"
                + (filter.page() + 1) + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(OverdueCsv.write(page.items()));
    }

    /** What an export held: the filter and how many rows, for the audit trail (codes only). */
    private static String describe(OverdueFilter filter, OverduePage page) {
        return "missions=" + String.join(",", new java.util.TreeSet<>(filter.missions())) + " party="
                + filter.party() + " pillar=" + filter.pillar() + " level=" + filter.level() + " bucket="
                + filter.bucket() + " page=" + filter.page() + " size=" + filter.size() + " rows="
                + page.items().size();
    }
}
