package org.wps.commitments.overdue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.wps.commitments.audit.AuditLog;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.input.InvalidInputException;
import org.wps.commitments.party.Party;
import org.wps.commitments.party.PartyRepository;
import org.wps.commitments.web.NotFoundException;

/**
 * {@code /dashboard}: the overdue dashboard, rendered on the server. Filters are GET parameters, so a view can be
 * bookmarked and shared; {@code /dashboard/export.csv} with the same parameters downloads exactly the rows shown.
 * The charts' counts travel in a JSON data element read by {@code /assets/dashboard.js} (no inline script).
 */
@Controller
class DashboardController {

    private final OverdueService overdue;
    private final PartyRepository parties;
    private final ObjectMapper json;

    private final AuditLog audit;

    DashboardController(OverdueService overdue, PartyRepository parties, ObjectMapper json, AuditLog audit) {
        this.audit = audit;
        this.overdue = overdue;
        this.parties = parties;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @ParameterObject OverdueParameters parameters, Actor user, Model model, HttpServletResponse response)
            throws JsonProcessingException {
        var missions = new TreeSet<>(user.missionCodes());
        model.addAttribute("user", user.userId());
        model.addAttribute("missions", missions);
        List<Party> partyChoices = new ArrayList<>();
        missions.forEach(m -> partyChoices.addAll(parties.findByMissionCodeOrderByName(m)));
        model.addAttribute("parties", partyChoices);
        model.addAttribute("pillars", overdue.pillars(missions));
        model.addAttribute("levels", List.of(0, 1, 2, 3));
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("mission", parameters.mission());
        chosen.put("party", parameters.party());
        chosen.put("pillar", parameters.pillar());
        chosen.put("level", parameters.level());
        model.addAttribute("chosen", chosen);

        OverdueFilter filter;
        try {
            filter = overdue.filter(parameters, user);
        } catch (InvalidInputException | NotFoundException e) {
            response.setStatus(e instanceof NotFoundException ? 404 : 400);
            model.addAttribute("error", e.getMessage());
            filter = overdue.filter(OverdueParameters.NONE, user);
            chosen.replaceAll((k, v) -> null);
        }
        OverduePage rows = overdue.page(filter);
        OverdueStats stats = overdue.stats(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("stats", stats);
        model.addAttribute("ages", AgeBucket.values());
        model.addAttribute("tabs", tabs(filter, stats));
        model.addAttribute("exportUrl", link("/dashboard/export.csv", filter, filter.bucket(), filter.page()));
        long pages = Math.max(1, (rows.total() + filter.size() - 1) / filter.size());
        model.addAttribute("pages", pages);
        model.addAttribute(
                "previousUrl",
                filter.page() > 0 ? link("/dashboard", filter, filter.bucket(), filter.page() - 1) : null);
        model.addAttribute(
                "nextUrl",
                filter.page() + 1 < pages ? link("/dashboard", filter, filter.bucket(), filter.page() + 1) : null);
        model.addAttribute("chartJson", chartJson(stats));
        return "dashboard";
    }

    @GetMapping("/dashboard/export.csv")
    ResponseEntity<String> export(@ParameterObject OverdueParameters parameters, Actor user) {
        OverdueFilter filter = overdue.filter(parameters, user);
        return OverdueController.csv(overdue.page(filter), filter, user, audit, "GET /dashboard/export.csv");
    }

    /** One tab per bucket: its label, count, link and whether it is the one shown. */
    record Tab(String label, long count, String url, boolean active, String id) {}

    private static List<Tab> tabs(OverdueFilter filter, OverdueStats stats) {
        return List.of(
                tab("Overdue", stats.overdue(), DueBucket.OVERDUE, filter),
                tab("Due in the next 7 days", stats.dueSoon(), DueBucket.DUE_SOON, filter),
                tab("Without a due date", stats.withoutDueDate(), DueBucket.NO_DUE_DATE, filter));
    }

    private static Tab tab(String label, long count, DueBucket bucket, OverdueFilter filter) {
        return new Tab(
                label,
                count,
                link("/dashboard", filter, bucket, 0),
                filter.bucket() == bucket,
                "tab-" + bucket.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** A link to the same filter on another bucket or page; only one mission when one was chosen. */
    private static String link(String path, OverdueFilter filter, DueBucket bucket, int page) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (filter.mission() != null) {
            uri.queryParam("mission", filter.mission());
        }
        if (filter.party() != null) {
            uri.queryParam("party", filter.party());
        }
        if (filter.pillar() != null) {
            uri.queryParam("pillar", filter.pillar());
        }
        if (filter.level() != null) {
            uri.queryParam("level", filter.level());
        }
        uri.queryParam("bucket", bucket.name().toLowerCase(java.util.Locale.ROOT));
        uri.queryParam("page", page);
        uri.queryParam("size", filter.size());
        return uri.encode().build().toUriString();
    }

    /** The chart data, safe inside a script element of type application/json. */
    private String chartJson(OverdueStats stats) throws JsonProcessingException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("byMission", stats.overdueByMission());
        Map<String, Long> byAge = new LinkedHashMap<>();
        stats.overdueByAge().forEach((age, n) -> byAge.put(age.label(), n));
        data.put("byAge", byAge);
        data.put("byStage", stats.commitmentsByStage());
        return json.writeValueAsString(data)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
