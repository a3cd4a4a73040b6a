package org.wps.commitments.overdue;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.confidentiality.Sensitivity;

/**
 * The overdue view in SQL over our indexed domain tables (never engine variables): one branch per
 * {@link OverdueKind}, each with the filters in its own WHERE clause so that the indexes of
 * {@code V7__overdue_indexes.sql} serve it, joined with {@code UNION ALL}. For a page, each branch returns only its
 * first {@code (page + 1) * size} rows in the view's order, so the database never sorts more than that.
 */
@Repository
class OverdueQuery {

    static final List<String> OPEN_STAGES = Arrays.stream(CommitmentStage.values())
            .filter(s -> !s.isClosed())
            .map(Enum::name)
            .toList();
    private static final List<String> OPEN_ACTIVITY = List.of("PLANNED", "IN_PROGRESS", "BLOCKED");
    private static final List<String> OWED_REVIEW = List.of("DUE", "RETURNED");
    private static final List<String> OPEN_CONCERN = List.of("REPORTED", "REFERRED");

    /** Codes safe to write into SQL as literals: letters, digits, '-' and '_' (mission codes, enum names). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private static final List<String> COMMITMENT_ITEMS = List.of("STALLED_ENGAGEMENT", "SIGNATURE", "PLAN_DRAFTING");

    /** A raw row, before task links are added. */
    record Found(
            OverdueKind kind,
            long id,
            String mission,
            String partyCode,
            String partyName,
            String reference,
            String item,
            String stage,
            String pillar,
            String responsible,
            Instant dueAt,
            LocalDate dueDay,
            int level,
            boolean suspended,
            String processInstanceId,
            Sensitivity sensitivity) {}

    /**
     * One kind's SQL. {@code due} is the native due column ({@code null}: the kind has no undated rows);
     * {@code dateDue} says whether it is a calendar date or an instant.
     */
    private record Branch(
            OverdueKind kind,
            String id,
            String columns,
            String from,
            String base,
            String mission,
            String party,
            String pillar,
            String level,
            String due,
            boolean dateDue,
            boolean mayBeUndated,
            String dueOrderIndex) {}

    private static final String COMMITMENT_LEVEL =
            "coalesce((select max(e2.level) from escalation e2 where e2.commitment_id = c.id and e2.closed_at is null"
                    + " and e2.item_type in (:commitmentItems)), 0)";
    private static final String REVIEW_LEVEL =
            "coalesce((select max(e2.level) from escalation e2 where e2.item_type = 'REVIEW_MISSED'"
                    + " and e2.item_id = r.id and e2.closed_at is null), 0)";

    /** The same levels for a row {@code p} of a page already cut. */
    private static final String PAGE_COMMITMENT_LEVEL =
            "coalesce((select max(e2.level) from escalation e2 where e2.commitment_id = p.id and e2.closed_at is null"
                    + " and e2.item_type in (:commitmentItems)), 0)";

    private static final String PAGE_REVIEW_LEVEL =
            "coalesce((select max(e2.level) from escalation e2 where e2.item_type = 'REVIEW_MISSED'"
                    + " and e2.item_id = p.id and e2.closed_at is null), 0)";

    /**
     * The party's name, joined only where rows are read: counts filter on the commitment's party code and would
     * otherwise look the party up for every row they count.
     */
    private static final String PARTY_JOIN = " join party p on p.code = c.party_code";

    /** A concern's open step is its assessment until referred, then the referred group's decision. */
    private static final String CONCERN_DUE =
            "case when k.status = 'REPORTED' then k.assessment_due_at else k.action_due_at end";

    private static final List<Branch> BRANCHES = List.of(
            new Branch(
                    OverdueKind.COMMITMENT,
                    "c.id",
                    "c.id as id, c.mission_code as mission_code, c.party_code as party_code, p.name as party_name,"
                            + " c.reference as reference, c.title as item, c.stage as stage,"
                            + " cast(null as varchar(200)) as pillar,"
                            + " case c.stage when 'SENIOR_REVIEW' then 'seniorAdvisers' when 'CLEARANCE' then 'osrsgSvc'"
                            + " else 'advisers' end as responsible,"
                            + " c.stage_due_date as due_at, cast(null as date) as due_day,"
                            + " cast(c.stage_due_date as date) as sort_day, 0 as level,"
                            + " c.suspended_at is not null as suspended, c.process_instance_id as process_instance_id,"
                            + " c.sensitivity as sensitivity",
                    "commitment c",
                    "c.stage in (" + literals(OPEN_STAGES) + ")",
                    "c.mission_code",
                    "c.party_code",
                    null,
                    COMMITMENT_LEVEL,
                    "c.stage_due_date",
                    false,
                    true,
                    "idx_commitment_due_order"),
            new Branch(
                    OverdueKind.ACTIVITY,
                    "a.id",
                    "a.id as id, a.mission_code as mission_code, c.party_code as party_code, p.name as party_name,"
                            + " c.reference as reference, a.code || ' ' || a.title as item, a.status as stage,"
                            + " a.pillar as pillar, 'advisers' as responsible,"
                            + " cast(null as timestamp with time zone) as due_at, a.deadline as due_day,"
                            + " a.deadline as sort_day, a.escalation_level as level,"
                            + " c.suspended_at is not null as suspended, a.process_instance_id as process_instance_id,"
                            + " c.sensitivity as sensitivity",
                    "plan_activity a join commitment c on c.id = a.commitment_id",
                    "a.status in (" + literals(OPEN_ACTIVITY) + ")",
                    "a.mission_code",
                    "c.party_code",
                    "a.pillar",
                    "a.escalation_level",
                    "a.deadline",
                    true,
                    false,
                    null),
            new Branch(
                    OverdueKind.ESCALATION,
                    "e.id",
                    "e.id as id, e.mission_code as mission_code, c.party_code as party_code, p.name as party_name,"
                            + " c.reference as reference, e.item_label as item, e.item_type as stage,"
                            + " cast(null as varchar(200)) as pillar, e.candidate_group as responsible,"
                            + " e.due_at as due_at, cast(null as date) as due_day,"
                            + " cast(e.due_at as date) as sort_day, e.level as level,"
                            + " c.suspended_at is not null as suspended, e.process_instance_id as process_instance_id,"
                            + " c.sensitivity as sensitivity",
                    "escalation e join commitment c on c.id = e.commitment_id",
                    "e.closed_at is null",
                    "e.mission_code",
                    "c.party_code",
                    null,
                    "e.level",
                    "e.due_at",
                    false,
                    false,
                    null),
            new Branch(
                    OverdueKind.REVIEW,
                    "r.id",
                    "r.id as id, r.mission_code as mission_code, c.party_code as party_code, p.name as party_name,"
                            + " c.reference as reference,"
                            + " 'Monitoring review ' || cast(r.period_start as varchar(10)) || ' to '"
                            + " || cast(r.period_end as varchar(10)) as item, r.status as stage,"
                            + " cast(null as varchar(200)) as pillar, 'advisers' as responsible,"
                            + " cast(null as timestamp with time zone) as due_at, r.due_date as due_day,"
                            + " r.due_date as sort_day, 0 as level,"
                            + " c.suspended_at is not null as suspended, r.process_instance_id as process_instance_id,"
                            + " " + mostRestrictive("c.sensitivity", "r.sensitivity") + " as sensitivity",
                    "monitoring_review r join commitment c on c.id = r.commitment_id",
                    "r.status in (" + literals(OWED_REVIEW) + ")",
                    "r.mission_code",
                    "c.party_code",
                    null,
                    REVIEW_LEVEL,
                    "r.due_date",
                    true,
                    false,
                    null),
            new Branch(
                    OverdueKind.CONCERN,
                    "k.id",
                    "k.id as id, k.mission_code as mission_code, c.party_code as party_code, p.name as party_name,"
                            + " c.reference as reference, 'Compliance concern ' || k.reference as item,"
                            + " k.status as stage, cast(null as varchar(200)) as pillar,"
                            + " case when k.status = 'REPORTED' then 'seniorAdvisers'"
                            + " when k.assessment = 'OSRSG_SVC' then 'osrsgSvc' else 'missionLeadership' end"
                            + " as responsible,"
                            + " " + CONCERN_DUE + " as due_at, cast(null as date) as due_day,"
                            + " cast(" + CONCERN_DUE + " as date) as sort_day, 0 as level,"
                            + " c.suspended_at is not null as suspended, c.process_instance_id as process_instance_id,"
                            + " " + mostRestrictive("c.sensitivity", "k.sensitivity") + " as sensitivity",
                    "compliance_concern k join commitment c on c.id = k.commitment_id" + "",
                    "k.status in (" + literals(OPEN_CONCERN) + ")",
                    "k.mission_code",
                    "c.party_code",
                    null,
                    "0",
                    CONCERN_DUE,
                    false,
                    false,
                    null));

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean h2;

    OverdueQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.h2 = isH2(jdbc);
    }

    /**
     * Whether the database is H2. H2's planner picks an index by its conditions only, never by the ORDER BY and
     * FETCH FIRST of a query, so a branch with an index in its due order names it there ({@code USE INDEX}); PostgreSQL
     * weighs the limit itself and gets no hint.
     */
    private static boolean isH2(NamedParameterJdbcTemplate jdbc) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(
                    jdbc.getJdbcTemplate().getDataSource(), DatabaseMetaData::getDatabaseProductName);
            return "H2".equalsIgnoreCase(product);
        } catch (MetaDataAccessException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The branch's FROM clause, with its due-order index named for H2 when rows are read in due order. Not with a
     * party filter: the party's own index finds its few rows faster than reading every late row in due order.
     */
    private String from(Branch branch, OverdueFilter filter, DueBucket bucket) {
        if (!h2 || branch.dueOrderIndex() == null || bucket == DueBucket.NO_DUE_DATE || filter.party() != null) {
            return branch.from();
        }
        String from = branch.from();
        int firstTable = from.contains(" join ") ? from.indexOf(" join ") : from.length();
        return from.substring(0, firstTable) + " use index (" + branch.dueOrderIndex() + ")"
                + from.substring(firstTable);
    }

    /** The rows of one page of the filter, in the view's order. */
    List<Found> page(OverdueFilter filter, Instant now, ZoneId zone) {
        if (filter.missions().isEmpty()) {
            return List.of();
        }
        var params = parameters(filter, now, zone);
        int limit = (filter.page() + 1) * filter.size();
        String order = filter.bucket() == DueBucket.NO_DUE_DATE
                ? "mission_code, reference, kind, id"
                : "sort_day, due_at, kind, id";
        List<String> selects = new ArrayList<>();
        for (Branch branch : BRANCHES) {
            String where = where(branch, filter, filter.bucket());
            if (where == null) {
                continue;
            }
            String branchOrder = filter.bucket() == DueBucket.NO_DUE_DATE
                    ? branch.mission() + ", c.reference, " + branch.id()
                    : branch.due() + ", " + branch.id();
            selects.add("(select '" + branch.kind() + "' as kind, " + branch.columns() + " from "
                    + from(branch, filter, filter.bucket()) + PARTY_JOIN
                    + " where " + where + " order by " + branchOrder + " fetch first " + limit + " rows only)");
        }
        if (selects.isEmpty()) {
            return List.of();
        }
        // the page is cut first; only its rows then get the escalation level of a commitment or review (a correlated
        // look-up that, left in the branches, would run for every late row of the branch before the cut)
        String cut = "select * from (" + String.join(" union all ", selects) + ") u order by " + order + " offset "
                + (filter.page() * filter.size()) + " rows fetch next " + filter.size() + " rows only";
        String sql = "select p.*, case p.kind when 'COMMITMENT' then " + PAGE_COMMITMENT_LEVEL + " when 'REVIEW' then "
                + PAGE_REVIEW_LEVEL + " else p.level end as row_level from (" + cut + ") p order by " + order;
        return jdbc.query(sql, params, (rs, n) -> found(rs));
    }

    /** How many rows the filter has in {@code bucket}, over all pages. */
    long count(OverdueFilter filter, DueBucket bucket, Instant now, ZoneId zone) {
        if (filter.missions().isEmpty()) {
            return 0;
        }
        var params = parameters(filter, now, zone);
        long total = 0;
        for (Branch branch : BRANCHES) {
            String where = where(branch, filter, bucket);
            if (where != null) {
                Long n = jdbc.queryForObject(
                        "select count(*) from " + from(branch, filter, bucket) + " where " + where, params, Long.class);
                total += n == null ? 0 : n;
            }
        }
        return total;
    }

    /** Overdue rows of the filter counted per mission and age bucket. */
    Map<String, Map<AgeBucket, Long>> overdueByMissionAndAge(OverdueFilter filter, Instant now, ZoneId zone) {
        Map<String, Map<AgeBucket, Long>> counts = new LinkedHashMap<>();
        if (filter.missions().isEmpty()) {
            return counts;
        }
        var params = parameters(filter, now, zone);
        for (Branch branch : BRANCHES) {
            String where = where(branch, filter, DueBucket.OVERDUE);
            if (where == null) {
                continue;
            }
            String p = branch.dateDue() ? ":day" : ":instant";
            String age = "case when " + branch.due() + " >= " + p + "30 then 'UP_TO_30' when " + branch.due() + " >= "
                    + p + "90 then 'FROM_31_TO_90' when " + branch.due() + " >= " + p + "180 then 'FROM_91_TO_180'"
                    + " else 'OVER_180' end";
            jdbc.query(
                    "select mission_code, age, count(*) as n from (select " + branch.mission() + " as mission_code, "
                            + age + " as age from " + branch.from() + " where " + where
                            + ") x group by mission_code, age",
                    params,
                    rs -> {
                        counts.computeIfAbsent(rs.getString("mission_code"), m -> new EnumMap<>(AgeBucket.class))
                                .merge(AgeBucket.valueOf(rs.getString("age")), rs.getLong("n"), Long::sum);
                    });
        }
        return counts;
    }

    /**
     * Overdue rows of the filter counted per mission and kind: one grouped count per branch, for the operations
     * gauges (no rows are read).
     */
    Map<String, Map<OverdueKind, Long>> overdueByMissionAndKind(OverdueFilter filter, Instant now, ZoneId zone) {
        Map<String, Map<OverdueKind, Long>> counts = new LinkedHashMap<>();
        if (filter.missions().isEmpty()) {
            return counts;
        }
        var params = parameters(filter, now, zone);
        for (Branch branch : BRANCHES) {
            String where = where(branch, filter, DueBucket.OVERDUE);
            if (where == null) {
                continue;
            }
            jdbc.query(
                    "select " + branch.mission() + " as mission_code, count(*) as n from " + branch.from() + " where "
                            + where + " group by " + branch.mission(),
                    params,
                    rs -> {
                        counts.computeIfAbsent(rs.getString("mission_code"), m -> new EnumMap<>(OverdueKind.class))
                                .merge(branch.kind(), rs.getLong("n"), Long::sum);
                    });
        }
        return counts;
    }

    /** Open commitments of the filter's missions (and party) per stage. */
    Map<String, Long> commitmentsByStage(OverdueFilter filter) {
        if (filter.missions().isEmpty()) {
            return Map.of();
        }
        var params = new MapSqlParameterSource("missions", filter.missions())
                .addValue("openStages", OPEN_STAGES)
                .addValue("party", filter.party());
        String sql = "select stage, count(*) as n from commitment where mission_code in (:missions)"
                + " and stage in (:openStages)" + (filter.party() == null ? "" : " and party_code = :party")
                + " group by stage";
        return jdbc.query(sql, params, rs -> {
            Map<String, Long> byStage = new LinkedHashMap<>();
            while (rs.next()) {
                byStage.put(rs.getString("stage"), rs.getLong("n"));
            }
            return byStage;
        });
    }

    /** The pillars of the activities of these missions, for the filter form. */
    List<String> pillars(java.util.Set<String> missions) {
        if (missions.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "select distinct pillar from plan_activity where mission_code in (:missions) order by pillar",
                new MapSqlParameterSource("missions", missions),
                String.class);
    }

    /** The most restrictive of two sensitivity columns, in SQL (an item of its own on a commitment). */
    private static String mostRestrictive(String commitment, String item) {
        return "case when " + commitment + " = 'STRICTLY_CONFIDENTIAL' or " + item + " = 'STRICTLY_CONFIDENTIAL'"
                + " then 'STRICTLY_CONFIDENTIAL' when " + commitment + " = 'CONFIDENTIAL' or " + item
                + " = 'CONFIDENTIAL' then 'CONFIDENTIAL' else 'PUBLIC' end";
    }

    /** The SQL of a branch's row sensitivity. */
    private static String sensitivityOf(Branch branch) {
        return switch (branch.kind()) {
            case REVIEW -> mostRestrictive("c.sensitivity", "r.sensitivity");
            case CONCERN -> mostRestrictive("c.sensitivity", "k.sensitivity");
            default -> "c.sensitivity";
        };
    }

    /** The WHERE clause of a branch for the filter and bucket, or null when the branch has no such rows. */
    private static String where(Branch branch, OverdueFilter filter, DueBucket bucket) {
        List<String> conditions = new ArrayList<>();
        conditions.add(branch.mission() + " in (" + missionList(filter.missions()) + ")");
        conditions.add(branch.base());
        if (filter.party() != null) {
            conditions.add(branch.party() + " = :party");
        }
        if ((filter.party() != null || filter.pillar() != null)
                && !filter.strictMissions().containsAll(filter.missions())) {
            // a strictly confidential item counts in its mission's rows, but never under its party or pillar: that
            // would tell whom it concerns to someone not cleared for it
            conditions.add(sensitivityOf(branch) + " <> 'STRICTLY_CONFIDENTIAL'"
                    + (filter.strictMissions().isEmpty()
                            ? ""
                            : " or " + branch.mission() + " in (" + literals(filter.strictMissions()) + ")"));
        }
        if (filter.pillar() != null) {
            if (branch.pillar() == null) {
                return null;
            }
            conditions.add(branch.pillar() + " = :pillar");
        }
        if (filter.level() != null) {
            conditions.add(branch.level() + " = :level");
        }
        String due = branch.due();
        switch (bucket) {
            case OVERDUE -> conditions.add(due + (branch.dateDue() ? " < :today" : " < :now"));
            case DUE_SOON -> conditions.add(
                    branch.dateDue()
                            ? due + " >= :today and " + due + " <= :soonDay"
                            : due + " >= :now and " + due + " < :soonInstant");
            case NO_DUE_DATE -> {
                if (!branch.mayBeUndated()) {
                    return null;
                }
                conditions.add(due + " is null");
            }
        }
        return conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" and "));
    }

    /**
     * The caller's missions as SQL literals when they are all codes, else the {@code :missions} parameter. Every row
     * a count or a page reads is tested against this list: H2 tests a list of literals with one hash look-up and a
     * list of parameters value by value (with this, our first page at 100,000 open commitments went from 10.5 to 5.9
     * ms p95 in OverdueViewBench).
     */
    private static String missionList(java.util.Collection<String> missions) {
        return missions.stream().allMatch(m -> CODE.matcher(m).matches()) ? literals(missions) : ":missions";
    }

    /**
     * Codes as SQL literals ({@code 'A', 'B'}); only codes of letters, digits, '-' and '_' (enum names, mission
     * codes), never free text. The branches' fixed status lists are written this way too, for the same reason.
     */
    private static String literals(java.util.Collection<String> codes) {
        return codes.stream()
                .sorted()
                .map(code -> {
                    if (!CODE.matcher(code).matches()) {
                        throw new IllegalArgumentException("not a code: " + code);
                    }
                    return "'" + code + "'";
                })
                .collect(Collectors.joining(", "));
    }

    private static MapSqlParameterSource parameters(OverdueFilter filter, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        var params = new MapSqlParameterSource()
                .addValue("missions", filter.missions())
                .addValue("party", filter.party())
                .addValue("pillar", filter.pillar())
                .addValue("level", filter.level())
                .addValue("commitmentItems", COMMITMENT_ITEMS)
                .addValue("now", utc(now))
                .addValue("today", today)
                .addValue("soonDay", today.plusDays(7))
                .addValue("soonInstant", utc(startOf(today.plusDays(8), zone)));
        for (int days : new int[] {30, 90, 180}) {
            params.addValue("day" + days, today.minusDays(days));
            params.addValue("instant" + days, utc(startOf(today.minusDays(days), zone)));
        }
        return params;
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Found found(ResultSet rs) throws SQLException {
        OffsetDateTime dueAt = rs.getObject("due_at", OffsetDateTime.class);
        return new Found(
                OverdueKind.valueOf(rs.getString("kind")),
                rs.getLong("id"),
                rs.getString("mission_code"),
                rs.getString("party_code"),
                rs.getString("party_name"),
                rs.getString("reference"),
                rs.getString("item"),
                rs.getString("stage"),
                rs.getString("pillar"),
                rs.getString("responsible"),
                dueAt == null ? null : dueAt.toInstant(),
                rs.getObject("due_day", LocalDate.class),
                rs.getInt("row_level"),
                rs.getBoolean("suspended"),
                rs.getString("process_instance_id"),
                Sensitivity.valueOf(rs.getString("sensitivity")));
    }
}
