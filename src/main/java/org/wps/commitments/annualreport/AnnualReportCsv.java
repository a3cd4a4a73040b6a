package org.wps.commitments.annualreport;

import java.util.List;

/**
 * The CSV of an approved input (RFC 4180: comma-separated, CRLF, fields quoted when needed). A cell that a
 * spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed
 * with a single quote, so opening the file never runs anything.
 */
final class AnnualReportCsv {

    static final List<String> HEADER = List.of(
            "mission",
            "report_year",
            "sensitivity",
            "approved_on",
            "party_code",
            "party_name",
            "commitments_open",
            "commitments_closed_in_year",
            "commitments_by_stage",
            "latest_plan_status",
            "plans_validated",
            "activities_total",
            "activities_completed",
            "activities_overdue",
            "activities_unfunded",
            "escalations_raised",
            "highest_escalation_level",
            "reviews_endorsed",
            "reviews_flagged_for_annual_report",
            "latest_overall_compliance",
            "ratings_not_started",
            "ratings_partial",
            "ratings_substantial",
            "ratings_full",
            "concerns_verified_allegation",
            "concerns_denial_of_access",
            "concerns_amnesty");

    private AnnualReportCsv() {}

    static String write(AnnualReportInput input, List<AnnualReportFigures.Counts> parties) {
        var csv = new StringBuilder();
        row(csv, HEADER);
        String approvedOn = input.getApprovedAt() == null
                ? ""
                : input.getApprovedAt()
                        .atOffset(java.time.ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
        for (AnnualReportFigures.Counts p : parties) {
            row(
                    csv,
                    List.of(
                            input.getMissionCode(),
                            String.valueOf(input.getReportYear()),
                            input.getSensitivity().name(),
                            approvedOn,
                            p.partyCode(),
                            p.partyName(),
                            String.valueOf(p.commitmentsOpen()),
                            String.valueOf(p.commitmentsClosed()),
                            p.commitmentsByStage(),
                            p.plansByStatus(),
                            String.valueOf(p.plansValidated()),
                            String.valueOf(p.activitiesTotal()),
                            String.valueOf(p.activitiesCompleted()),
                            String.valueOf(p.activitiesOverdue()),
                            String.valueOf(p.activitiesUnfunded()),
                            String.valueOf(p.escalationsRaised()),
                            String.valueOf(p.highestEscalationLevel()),
                            String.valueOf(p.reviewsEndorsed()),
                            String.valueOf(p.reviewsFlagged()),
                            p.latestCompliance() == null ? "" : p.latestCompliance(),
                            String.valueOf(p.ratingsNotStarted()),
                            String.valueOf(p.ratingsPartial()),
                            String.valueOf(p.ratingsSubstantial()),
                            String.valueOf(p.ratingsFull()),
                            String.valueOf(p.concernsVerifiedAllegation()),
                            String.valueOf(p.concernsDenialOfAccess()),
                            String.valueOf(p.concernsAmnesty())));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell, neutralised against formula injection, then quoted if it holds a comma, quote or line break. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
