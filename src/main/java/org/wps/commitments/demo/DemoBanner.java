package org.wps.commitments.demo;

import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The "Demo data" banner while demo users or demo commitments are seeded (commitments.demo.users or
 * commitments.demo.commitments): on every page of ours (the {@code demoData} model attribute read by the layout),
 * and for Tasklist, Cockpit and Admin through {@code GET /demo-status}, which their {@code demo-banner.js} reads.
 */
@ControllerAdvice
@org.springframework.stereotype.Controller
class DemoBanner {

    private final boolean demoData;
    private final MessageSource messages;

    DemoBanner(
            @Value("${commitments.demo.users:false}") boolean users,
            @Value("${commitments.demo.commitments:false}") boolean commitments,
            MessageSource messages) {
        this.demoData = users || commitments;
        this.messages = messages;
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        return demoData;
    }

    /** Anonymous: whether this server holds demo data, and the banner's sentence in the caller's language. */
    @GetMapping(path = "/demo-status", produces = "application/json")
    @ResponseBody
    Map<String, Object> status(Locale locale) {
        return demoData
                ? Map.of("demo", true, "banner", messages.getMessage("demo.banner", null, locale))
                : Map.of("demo", false);
    }
}
