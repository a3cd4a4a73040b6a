package org.wps.commitments.annualreport;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.mission.MissionRepository;

/**
 * {@code /annual-reports/{mission}/{year}}: the printable page of an approved annual report input, rendered on
 * the server with every value HTML-escaped. The sensitivity label heads the page and its printed copy.
 */
@Controller
class AnnualReportPageController {

    private static final String STYLE =
            """
            body{font-family:system-ui,Arial,sans-serif;margin:2rem;color:#111}
            .label{border:2px solid #b00;color:#b00;font-weight:bold;padding:.3rem .6rem;display:inline-block;
              text-transform:uppercase;letter-spacing:.05em}
            h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.6rem;page-break-after:avoid}
            table{border-collapse:collapse;margin:.4rem 0 1rem;width:100%;page-break-inside:avoid}
            th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#eee;width:45%}.meta td{border:none;padding:.1rem .5rem}
            .highlights{white-space:pre-wrap;border-left:3px solid #999;padding-left:.8rem}
            @media print{body{margin:0}.noprint{display:none}@page{margin:1.5cm}}
            """;

    private final AnnualReportService service;
    private final AnnualReportAccess access;
    private final MissionRepository missions;

    AnnualReportPageController(AnnualReportService service, AnnualReportAccess access, MissionRepository missions) {
        this.service = service;
        this.access = access;
        this.missions = missions;
    }

    @GetMapping("/annual-reports/{mission}/{year}")
    ResponseEntity<String> page(@PathVariable("mission") String mission, @PathVariable("year") int year, Actor user) {
        AnnualReportInput input = access.exported(mission, year, user, "as a printable page");
        String missionName =
                missions.findById(input.getMissionCode()).map(m -> m.getName()).orElse(input.getMissionCode());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(render(input, missionName, service.figuresOf(input.getId())));
    }

    static String render(AnnualReportInput input, String missionName, List<AnnualReportFigures.Counts> parties) {
        String title = "Annual report input " + input.getReportYear() + ": " + input.getMissionCode();
        var html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(htmlEscape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<p class=\"label\" id=\"sensitivity\">")
                .append(htmlEscape(input.getSensitivity().name().replace('_', ' ')))
                .append("</p>\n<h1>")
                .append(htmlEscape(title))
                .append("</h1>\n<table class=\"meta\">");
        meta(html, "Mission", input.getMissionCode() + " — " + missionName);
        meta(html, "Period covered", "January to December " + input.getReportYear());
        meta(html, "Prepared by", person(input.getPreparedBy(), input.getPreparedAt()));
        meta(html, "Approved by", person(input.getApprovedBy(), input.getApprovedAt()));
        meta(
                html,
                "Figures as of",
                String.valueOf(input.getFiguresAsOf().atOffset(ZoneOffset.UTC).toLocalDate()));
        html.append(
                        "</table>\n<p>Counts per party only: this input holds no names of persons and no incident details.</p>")
                .append("\n<h2>Highlights and challenges</h2>\n<div class=\"highlights\">")
                .append(htmlEscape(input.getHighlights() == null ? "None recorded." : input.getHighlights()))
                .append("</div>\n");
        for (AnnualReportFigures.Counts p : parties) {
            html.append("<h2>")
                    .append(htmlEscape(p.partyName() + " (" + p.partyCode() + ")"))
                    .append("</h2>\n<table>");
            row(html, "Commitments open", p.commitmentsOpen());
            row(html, "Commitments closed in the year", p.commitmentsClosed());
            row(html, "Commitments by stage", p.commitmentsByStage());
            row(html, "Latest plan status per commitment", p.plansByStatus());
            row(html, "Validated plans", p.plansValidated());
            row(
                    html,
                    "Plan activities",
                    p.activitiesTotal() + " (" + p.activitiesCompleted() + " completed, " + p.activitiesOverdue()
                            + " overdue, " + p.activitiesUnfunded() + " unfunded)");
            row(
                    html,
                    "Escalations raised in the year",
                    p.escalationsRaised()
                            + (p.highestEscalationLevel() > 0
                                    ? " (highest level " + p.highestEscalationLevel() + ")"
                                    : ""));
            row(
                    html,
                    "Monitoring reviews endorsed in the year",
                    p.reviewsEndorsed() + " (" + p.reviewsFlagged() + " flagged for the annual report)");
            row(html, "Latest overall compliance", p.latestCompliance() == null ? "no review" : p.latestCompliance());
            row(
                    html,
                    "Element ratings",
                    p.ratingsNotStarted() + " not started, " + p.ratingsPartial() + " partial, "
                            + p.ratingsSubstantial() + " substantial, " + p.ratingsFull() + " full");
            row(
                    html,
                    "Compliance concerns reported in the year",
                    p.concernsVerifiedAllegation() + " verified allegations, " + p.concernsDenialOfAccess()
                            + " denials of access, " + p.concernsAmnesty() + " amnesties");
            html.append("</table>\n");
        }
        html.append("<p class=\"noprint\">Print this page or save it as PDF from the browser.</p>\n</body></html>\n");
        return html.toString();
    }

    private static String person(String userId, java.time.Instant at) {
        return userId == null
                ? ""
                : userId
                        + (at == null
                                ? ""
                                : " on " + at.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static void meta(StringBuilder html, String label, String value) {
        html.append("<tr><td>")
                .append(htmlEscape(label))
                .append(":</td><td>")
                .append(htmlEscape(value))
                .append("</td></tr>");
    }

    private static void row(StringBuilder html, String label, Object value) {
        html.append("<tr><th>")
                .append(htmlEscape(label))
                .append("</th><td>")
                .append(htmlEscape(String.valueOf(value)))
                .append("</td></tr>");
    }
}
