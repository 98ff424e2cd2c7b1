package dev.fivewhys.story;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.AuditScore;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.failure.SeenFailure;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.story.SessionStory.AnalysisHead;
import dev.fivewhys.story.SessionStory.AuditHead;
import dev.fivewhys.story.SessionStory.FixHead;
import dev.fivewhys.story.SessionStory.FixStory;
import dev.fivewhys.story.SessionStory.StabilityHead;

/**
 * The analyses of some failures and of a session, each with its fixes and each fix's latest audit and stability
 * validation, read as the columns the story tells in one SQL statement over the caller's connection. Entities cost the
 * session page more than its database time: Hibernate resolved each native query's entity mapping again on every view
 * and hydrated whole entities (with their checks and conditions) for a few of their columns.
 */
final class StoryAnalyses {

    /** An analysis and its fixes, the oldest fix first. */
    record Told(AnalysisHead analysis, List<FixStory> fixes) {
    }

    // newest analysis first, then its fixes oldest first; a fix's latest audit and validation by the indexes on fix_id
    private static final String SELECT = """
            select a.id, a.failure_id, a.session_id, a.status, a.created_by, a.root_cause,
                   x.id, x.status, x.commit_sha, x.pull_request_repository, x.pull_request_number,
                   au.id, au.kind, au.override_score, au.recommendation,
                   (select array_agg(c.score order by c.position) from audit_check c where c.audit_id = au.id),
                   (select array_agg(c.outcome order by c.position) from audit_check c where c.audit_id = au.id),
                   (select array_agg(t.text order by t.position) from audit_condition t where t.audit_id = au.id),
                   sv.id, sv.risk_level, sv.readiness, sv.notes
            from analysis a
            left join fix x on x.analysis_id = a.id
            left join lateral (select id, kind, override_score, recommendation from compliance_audit
                               where fix_id = x.id order by recorded_at desc, id desc limit 1) au on true
            left join lateral (select id, risk_level, readiness, notes from stability_validation
                               where fix_id = x.id order by recorded_at desc, id desc limit 1) sv on true
            """;
    private static final String ORDER = "\norder by a.created_at desc, a.id desc, x.recorded_at, x.id";

    /**
     * The analyses of the failures the session page lists and those started from the session, for the session's sheet
     * ({@link StoryTemplates.StartPart}): the failures by a subquery, so the statement goes with the sheet's instead of
     * after it. As an array, not {@code in (select …)}: or-ed with the session's own, that one was a filter over every
     * analysis instead of the two indexes. Parameters: the session's id, how many failures are listed, its id again.
     */
    static final String BY_SESSION = SELECT + "where a.failure_id = any(array(" + SeenFailure.IDS_BY_SESSION
            + ")) or a.session_id = ?" + ORDER;

    private StoryAnalyses() {
    }

    /** The analyses {@link #BY_SESSION} answered; closes its rows. */
    static List<Told> read(ResultSet rows) throws SQLException {
        Map<Long, Told> told = new LinkedHashMap<>();
        try (ResultSet row = rows) {
            while (row.next()) {
                long id = row.getLong(1);
                Told analysis = told.computeIfAbsent(id, key -> new Told(analysis(row, key), new ArrayList<>()));
                long fixId = row.getLong(7);
                if (!row.wasNull()) {
                    analysis.fixes().add(fix(row, fixId));
                }
            }
        }
        return List.copyOf(told.values());
    }

    private static AnalysisHead analysis(ResultSet row, long id) {
        try {
            return new AnalysisHead(id, (Long) row.getObject(2), (Long) row.getObject(3),
                    AnalysisStatus.valueOf(row.getString(4)), row.getString(5), row.getString(6));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FixStory fix(ResultSet row, long id) throws SQLException {
        FixHead fix = new FixHead(id, FixStatus.valueOf(row.getString(8)), row.getString(9), row.getString(10),
                (Integer) row.getObject(11));
        AuditHead audit = null;
        long auditId = row.getLong(12);
        if (!row.wasNull()) {
            List<Integer> scores = list(row.getArray(16), Integer.class);
            List<CheckOutcome> outcomes = list(row.getArray(17), String.class).stream().map(CheckOutcome::valueOf)
                    .toList();
            String recommendation = row.getString(15);
            audit = new AuditHead(auditId, row.getString(13),
                    AuditScore.ofChecks(scores, outcomes, (Integer) row.getObject(14)),
                    recommendation == null ? null : AuditRecommendation.valueOf(recommendation),
                    list(row.getArray(18), String.class));
        }
        StabilityHead stability = null;
        long stabilityId = row.getLong(19);
        if (!row.wasNull()) {
            String risk = row.getString(20);
            String readiness = row.getString(21);
            stability = new StabilityHead(stabilityId, risk == null ? null : RiskLevel.valueOf(risk),
                    readiness == null ? null : Readiness.valueOf(readiness), row.getString(22));
        }
        return new FixStory(fix, audit, stability, GoNoGo.evaluate(audit == null ? null : audit.recommendation(),
                audit == null ? List.of() : audit.conditions(), stability == null ? null : stability.readiness(),
                stability == null ? null : stability.notes()));
    }

    /** A SQL array as a list (nulls kept); no array (no rows aggregated) is an empty list. */
    private static <T> List<T> list(Array array, Class<T> type) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(type::cast).toList();
    }
}
