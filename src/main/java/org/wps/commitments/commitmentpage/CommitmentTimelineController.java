package org.wps.commitments.commitmentpage;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.identity.Actor;

/** {@code GET /api/commitments/{reference}/timeline}: the commitment page's timeline for API clients. */
@RestController
class CommitmentTimelineController {

    private final CommitmentPages pages;

    CommitmentTimelineController(CommitmentPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/commitments/{reference}/timeline")
    Timeline timeline(@PathVariable("reference") String reference, Actor user) {
        String normalized = pages.visible(reference, user).getReference();
        return new Timeline(normalized, pages.timeline(reference, user));
    }

    /** The entries newest first, each with an ISO-8601 timestamp ({@code at}), kind, what, who and process. */
    record Timeline(String reference, List<TimelineEntry> entries) {}
}
