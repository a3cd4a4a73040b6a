package org.wps.commitments.concern;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.identity.Actor;

/**
 * Compliance concerns of a commitment. {@code POST} body:
 * {@code {"kind":"VERIFIED_ALLEGATION","reference":"MARA-2026-0042","sensitivity":"STRICTLY_CONFIDENTIAL"}};
 * kinds {@code VERIFIED_ALLEGATION}, {@code DENIAL_OF_ACCESS}, {@code AMNESTY}. No narrative is accepted: the
 * reference points to the record kept under MARA's own controls.
 */
@RestController
@RequestMapping("/api/commitments/{reference}/compliance-concerns")
class ComplianceConcernController {

    private final ComplianceConcernService concerns;

    ComplianceConcernController(ComplianceConcernService concerns) {
        this.concerns = concerns;
    }

    @PostMapping
    ResponseEntity<ConcernView> report(
            @PathVariable("reference") String reference,
            @RequestBody(required = false) Map<String, Object> body,
            Actor user) {
        ComplianceConcern concern = concerns.report(reference, body == null ? Map.of() : body, user);
        return ResponseEntity.created(
                        URI.create("/api/commitments/" + reference + "/compliance-concerns/" + concern.getId()))
                .body(ConcernView.of(concern));
    }

    @GetMapping
    List<ConcernView> list(@PathVariable("reference") String reference, Actor user) {
        return concerns.ofCommitment(reference, user).stream()
                .map(ConcernView::of)
                .toList();
    }

    record ConcernView(
            long id,
            String kind,
            String reference,
            String sensitivity,
            String status,
            String reportedBy,
            Instant reportedAt,
            String referredTo,
            String action) {

        static ConcernView of(ComplianceConcern c) {
            return new ConcernView(
                    c.getId(),
                    c.getKind().name(),
                    c.getReference(),
                    c.getSensitivity().name(),
                    c.getStatus().name(),
                    c.getReportedBy(),
                    c.getReportedAt(),
                    c.getReferral() == null ? null : c.getReferral().name(),
                    c.getAction() == null ? null : c.getAction().name());
        }
    }
}
