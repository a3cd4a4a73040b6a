package org.wps.commitments.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.identity.Actor;

/**
 * The audit trail of exports and of reads of strictly confidential items: who, when, what. An entry is written in a
 * transaction of its own, so that it stays even when the request that read fails later, and it is written inside
 * read-only transactions too. Subjects are references, ids and codes only; nothing a person typed.
 */
@Service
public class AuditLog {

    static final int MAX_SUBJECT = 300;
    static final int MAX_DETAILS = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that {@code actor} did {@code action} on {@code subject} of {@code missionCode} (may be null). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Actor actor, AuditAction action, String missionCode, String subject, String details) {
        jdbc.update(
                "insert into audit_event (at, user_id, action, mission_code, subject, details)"
                        + " values (:at, :user, :action, :mission, :subject, :details)",
                new MapSqlParameterSource()
                        .addValue("at", clock.instant().atOffset(ZoneOffset.UTC))
                        .addValue("user", actor.userId())
                        .addValue("action", action.name())
                        .addValue("mission", missionCode)
                        .addValue("subject", cut(subject, MAX_SUBJECT))
                        .addValue("details", details == null ? null : cut(details, MAX_DETAILS)));
    }

    /** One entry of the trail. */
    public record Entry(
            long id,
            java.time.Instant at,
            String userId,
            AuditAction action,
            String missionCode,
            String subject,
            String details) {}

    /** A page of the trail, newest first, optionally of one user, action or mission. */
    @Transactional(readOnly = true)
    public List<Entry> page(String userId, AuditAction action, String missionCode, int page, int size) {
        List<String> where = new ArrayList<>();
        var params = new MapSqlParameterSource();
        if (userId != null) {
            where.add("user_id = :user");
            params.addValue("user", userId);
        }
        if (action != null) {
            where.add("action = :action");
            params.addValue("action", action.name());
        }
        if (missionCode != null) {
            where.add("mission_code = :mission");
            params.addValue("mission", missionCode);
        }
        String sql = "select id, at, user_id, action, mission_code, subject, details from audit_event"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by at desc, id desc offset " + ((long) page * size) + " rows fetch next " + size
                + " rows only";
        return jdbc.query(
                sql,
                params,
                (rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("user_id"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("mission_code"),
                        rs.getString("subject"),
                        rs.getString("details")));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
