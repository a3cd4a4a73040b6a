package org.wps.commitments.migration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.migration.ProcessMigrations.MigrationReport;
import org.wps.commitments.migration.ProcessMigrations.MigrationRequest;

/**
 * {@code /api/migrations}: moves running commitments (or instances of any of our processes) to another deployed
 * version, for process designers and administrators. Body: {@code {"processKey":"commitment-lifecycle",
 * "fromVersion":3,"toVersion":4,"references":["UNMISS-JC-2026-01"],"dryRun":true}}.
 */
@RestController
@RequestMapping("/api/migrations")
class MigrationController {

    private final ProcessMigrations migrations;

    MigrationController(ProcessMigrations migrations) {
        this.migrations = migrations;
    }

    /**
     * A dry run answers the plan and what cannot be mapped (200, {@code valid} false if anything); a real run
     * answers the instances migrated, or 409 with the same report when any selected instance cannot be mapped.
     */
    @PostMapping
    ResponseEntity<Object> migrate(@RequestBody(required = false) MigrationRequest body, Actor user) {
        if (body == null) {
            throw new InvalidInputException(
                    "body",
                    "Send a JSON object with processKey, fromVersion and optionally toVersion, references "
                            + "and dryRun.");
        }
        MigrationReport report = migrations.migrate(body, user);
        if (report.dryRun() || report.valid()) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict(report));
    }

    /** The 409 answer: a problem detail carrying the report, so the caller sees each unmapped activity. */
    private static ProblemDetail conflict(MigrationReport report) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                report.unmappable().size() + " activities cannot be mapped from version " + report.fromVersion()
                        + " to version " + report.toVersion() + " of " + report.processKey()
                        + "; no instance was migrated.");
        problem.setTitle("Conflict");
        problem.setProperty("report", report);
        return problem;
    }
}
