package org.wps.commitments.annualreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts a mission's commitments, plans, activities, escalations, monitoring reviews and compliance concerns per
 * party for one report year, with aggregate queries over indexed domain tables. Nothing here reads or returns a
 * narrative, a name of a person or a MARA reference: only party names (reference data) and numbers.
 *
 * <p>Commitments count as they stand at the snapshot: every open one, and closed ones only when closed within the
 * report year. Activities are those of each counted commitment's latest plan; overdue means past its deadline
 * (marked overdue) and neither completed nor cancelled. Escalations, reviews (endorsed) and concerns (reported)
 * count when they happened within the report year, January to December in {@code commitments.time-zone}.
 */
@Component
class AnnualReportFigures {

    /**
     * The closed outcomes of a commitment. Spelled as strings so that outcomes added to the lifecycle's enum by
     * other features (FULFILLED, SUPERSEDED) are counted as closed whether or not this build knows them.
     */
    public static final Set<String> CLOSED_STAGES =
            Set.of("FULFILLED", "SUPERSEDED", "LAPSED", "ABANDONED", "DECLINED", "REFUSED");

    private static final String CLOSED_LIST =
            CLOSED_STAGES.stream().sorted().map(s -> "'" + s + "'").collect(Collectors.joining(", "));

    /** The commitments a report year counts (alias {@code c}): open ones, and those closed in the year. */
    private static final String COUNTED_COMMITMENT =
            "(c.stage not in (" + CLOSED_LIST + ") or (c.closed_at >= ? and c.closed_at < ?))";

    private final JdbcTemplate jdbc;

    AnnualReportFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes of the missions that have at least one open commitment. */
    public List<String> missionsWithActiveCommitments() {
        return jdbc.queryForList(
                "select distinct mission_code from commitment where stage not in (" + CLOSED_LIST
                        + ") order by mission_code",
                String.class);
    }

    /** One row per party of the mission, ordered by party code, for the report year. */
    public List<Counts> count(String missionCode, int reportYear, ZoneId zone) {
        OffsetDateTime from = yearStart(reportYear, zone);
        OffsetDateTime to = yearStart(reportYear + 1, zone);
        Map<String, Builder> parties = new LinkedHashMap<>();
        jdbc.query(
                "select code, name from party where mission_code = ? order by code",
                rs -> {
                    parties.put(rs.getString(1), new Builder(rs.getString(1), rs.getString(2)));
                },
                missionCode);

        jdbc.query(
                "select c.party_code, c.stage, count(*) from commitment c where c.mission_code = ? and "
                        + COUNTED_COMMITMENT + " group by c.party_code, c.stage",
                rs -> {
                    Builder b = party(parties, rs);
                    String stage = rs.getString(2);
                    int n = rs.getInt(3);
                    if (CLOSED_STAGES.contains(stage)) {
                        b.commitmentsClosed += n;
                    } else {
                        b.commitmentsOpen += n;
                    }
                    b.stages.merge(stage, n, Integer::sum);
                },
                missionCode,
                from,
                to);

        jdbc.query(
                "select c.party_code, p.status, count(*) from implementation_plan p"
                        + " join commitment c on c.id = p.commitment_id"
                        + " where c.mission_code = ? and " + COUNTED_COMMITMENT
                        + " and p.id = (select max(p2.id) from implementation_plan p2"
                        + " where p2.commitment_id = p.commitment_id)"
                        + " group by c.party_code, p.status",
                rs -> {
                    Builder b = party(parties, rs);
                    String status = rs.getString(2);
                    int n = rs.getInt(3);
                    b.plans.merge(status, n, Integer::sum);
                    if ("VALIDATED".equals(status) || "COMPLETED".equals(status)) {
                        b.plansValidated += n;
                    }
                },
                missionCode,
                from,
                to);

        jdbc.query(
                "select c.party_code, count(*),"
                        + " sum(case when a.status = 'COMPLETED' then 1 else 0 end),"
                        + " sum(case when a.overdue_since is not null"
                        + " and a.status not in ('COMPLETED', 'CANCELLED') then 1 else 0 end),"
                        + " sum(case when a.funding_status = 'UNFUNDED' and a.status <> 'CANCELLED'"
                        + " then 1 else 0 end)"
                        + " from plan_activity a join commitment c on c.id = a.commitment_id"
                        + " where a.mission_code = ? and " + COUNTED_COMMITMENT
                        + " and a.plan_id = (select max(p2.id) from implementation_plan p2"
                        + " where p2.commitment_id = a.commitment_id)"
                        + " group by c.party_code",
                rs -> {
                    Builder b = party(parties, rs);
                    b.activitiesTotal = rs.getInt(2);
                    b.activitiesCompleted = rs.getInt(3);
                    b.activitiesOverdue = rs.getInt(4);
                    b.activitiesUnfunded = rs.getInt(5);
                },
                missionCode,
                from,
                to);

        jdbc.query(
                "select c.party_code, count(*), max(e.level) from escalation e"
                        + " join commitment c on c.id = e.commitment_id"
                        + " where e.mission_code = ? and e.opened_at >= ? and e.opened_at < ?"
                        + " group by c.party_code",
                rs -> {
                    Builder b = party(parties, rs);
                    b.escalationsRaised = rs.getInt(2);
                    b.highestEscalationLevel = rs.getInt(3);
                },
                missionCode,
                from,
                to);

        // ordered so that the last row of a party is its latest review
        jdbc.query(
                "select c.party_code, r.overall_compliance, r.flagged_for_annual_report from monitoring_review r"
                        + " join commitment c on c.id = r.commitment_id"
                        + " where r.mission_code = ? and r.status = 'ENDORSED'"
                        + " and r.endorsed_at >= ? and r.endorsed_at < ?"
                        + " order by r.period_end, r.endorsed_at, r.id",
                rs -> {
                    Builder b = party(parties, rs);
                    b.reviewsEndorsed++;
                    if (rs.getBoolean(3)) {
                        b.reviewsFlagged++;
                    }
                    if (rs.getString(2) != null) {
                        b.latestCompliance = rs.getString(2);
                    }
                },
                missionCode,
                from,
                to);

        jdbc.query(
                "select c.party_code, er.rating, count(*) from review_element_rating er"
                        + " join monitoring_review r on r.id = er.review_id"
                        + " join commitment c on c.id = r.commitment_id"
                        + " where r.mission_code = ? and r.status = 'ENDORSED'"
                        + " and r.endorsed_at >= ? and r.endorsed_at < ?"
                        + " group by c.party_code, er.rating",
                rs -> {
                    Builder b = party(parties, rs);
                    int n = rs.getInt(3);
                    switch (rs.getString(2)) {
                        case "NOT_STARTED" -> b.ratingsNotStarted += n;
                        case "PARTIAL" -> b.ratingsPartial += n;
                        case "SUBSTANTIAL" -> b.ratingsSubstantial += n;
                        case "FULL" -> b.ratingsFull += n;
                        default -> {
                            // a rating this build does not know is not counted under another name
                        }
                    }
                },
                missionCode,
                from,
                to);

        jdbc.query(
                "select c.party_code, cc.kind, count(*) from compliance_concern cc"
                        + " join commitment c on c.id = cc.commitment_id"
                        + " where cc.mission_code = ? and cc.reported_at >= ? and cc.reported_at < ?"
                        + " group by c.party_code, cc.kind",
                rs -> {
                    Builder b = party(parties, rs);
                    int n = rs.getInt(3);
                    switch (rs.getString(2)) {
                        case "VERIFIED_ALLEGATION" -> b.concernsVerifiedAllegation += n;
                        case "DENIAL_OF_ACCESS" -> b.concernsDenialOfAccess += n;
                        case "AMNESTY" -> b.concernsAmnesty += n;
                        default -> {
                            // a kind this build does not know is not counted under another name
                        }
                    }
                },
                missionCode,
                from,
                to);

        return parties.values().stream().map(Builder::build).toList();
    }

    static OffsetDateTime yearStart(int year, ZoneId zone) {
        Instant start = java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        return start.atOffset(ZoneOffset.UTC);
    }

    private static Builder party(Map<String, Builder> parties, ResultSet rs) throws SQLException {
        String code = rs.getString(1);
        // a commitment's party always belongs to its mission; keep a stray one visible rather than drop it
        return parties.computeIfAbsent(code, c -> new Builder(c, c));
    }

    /**
     * The figures of one party.
     *
     * @param commitmentsByStage e.g. {@code "IMPLEMENTATION: 2; PLAN_DEVELOPMENT: 1"}, or {@code "none"}
     * @param plansByStatus the latest plan's status of each counted commitment, e.g. {@code "VALIDATED: 2"}
     * @param latestCompliance overall compliance of the party's latest review endorsed in the year, or null
     */
    public record Counts(
            String partyCode,
            String partyName,
            int commitmentsOpen,
            int commitmentsClosed,
            String commitmentsByStage,
            String plansByStatus,
            int plansValidated,
            int activitiesTotal,
            int activitiesCompleted,
            int activitiesOverdue,
            int activitiesUnfunded,
            int escalationsRaised,
            int highestEscalationLevel,
            int reviewsEndorsed,
            int reviewsFlagged,
            String latestCompliance,
            int ratingsNotStarted,
            int ratingsPartial,
            int ratingsSubstantial,
            int ratingsFull,
            int concernsVerifiedAllegation,
            int concernsDenialOfAccess,
            int concernsAmnesty) {

        /** One line for a task description: what a senior adviser needs to judge the party's figures. */
        public String summary() {
            return partyCode + " (" + partyName + "): commitments " + commitmentsOpen + " open, " + commitmentsClosed
                    + " closed [" + commitmentsByStage + "]; plans [" + plansByStatus + "], " + plansValidated
                    + " validated; activities " + activitiesTotal + " (" + activitiesCompleted + " completed, "
                    + activitiesOverdue + " overdue, " + activitiesUnfunded + " unfunded); escalations "
                    + escalationsRaised
                    + (highestEscalationLevel > 0 ? " (up to level " + highestEscalationLevel + ")" : "")
                    + "; reviews endorsed " + reviewsEndorsed
                    + (latestCompliance == null ? "" : ", latest " + latestCompliance)
                    + " (ratings: " + ratingsNotStarted + " not started, " + ratingsPartial + " partial, "
                    + ratingsSubstantial + " substantial, " + ratingsFull + " full); concerns: "
                    + concernsVerifiedAllegation + " verified allegations, " + concernsDenialOfAccess
                    + " denials of access, " + concernsAmnesty + " amnesties.";
        }
    }

    private static final class Builder {
        final String partyCode;
        final String partyName;
        final Map<String, Integer> stages = new TreeMap<>();
        final Map<String, Integer> plans = new TreeMap<>();
        int commitmentsOpen;
        int commitmentsClosed;
        int plansValidated;
        int activitiesTotal;
        int activitiesCompleted;
        int activitiesOverdue;
        int activitiesUnfunded;
        int escalationsRaised;
        int highestEscalationLevel;
        int reviewsEndorsed;
        int reviewsFlagged;
        String latestCompliance;
        int ratingsNotStarted;
        int ratingsPartial;
        int ratingsSubstantial;
        int ratingsFull;
        int concernsVerifiedAllegation;
        int concernsDenialOfAccess;
        int concernsAmnesty;

        Builder(String partyCode, String partyName) {
            this.partyCode = partyCode;
            this.partyName = partyName;
        }

        Counts build() {
            return new Counts(
                    partyCode,
                    partyName,
                    commitmentsOpen,
                    commitmentsClosed,
                    text(stages),
                    text(plans),
                    plansValidated,
                    activitiesTotal,
                    activitiesCompleted,
                    activitiesOverdue,
                    activitiesUnfunded,
                    escalationsRaised,
                    highestEscalationLevel,
                    reviewsEndorsed,
                    reviewsFlagged,
                    latestCompliance,
                    ratingsNotStarted,
                    ratingsPartial,
                    ratingsSubstantial,
                    ratingsFull,
                    concernsVerifiedAllegation,
                    concernsDenialOfAccess,
                    concernsAmnesty);
        }

        private static String text(Map<String, Integer> counts) {
            if (counts.isEmpty()) {
                return "none";
            }
            var parts = new ArrayList<String>();
            counts.forEach((key, n) -> parts.add(key + ": " + n));
            return String.join("; ", parts);
        }
    }
}
