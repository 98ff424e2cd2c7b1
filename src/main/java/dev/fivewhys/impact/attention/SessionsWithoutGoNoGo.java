package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.impact.FixDecisions;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.session.SessionStatus;

/**
 * Sessions that put revenue at risk now, are not finished (planned, running or blocked), and have no go/no-go: until
 * sessions have a computed go/no-go of their own, a session has one when a fix of its failures, or of an analysis
 * started from it, is ready to deploy. {@link #HAS_GO_NO_GO} is that definition, and the one place to change it.
 */
@ApplicationScoped
class SessionsWithoutGoNoGo implements AttentionSource {

    /** Over test_session {@code s}. */
    static final String HAS_GO_NO_GO = """
            exists (select 1 from analysis a join fix x on x.analysis_id = a.id
                    %s
                    where (a.session_id = s.id
                           or a.failure_id in (select o.failure_id from failure_occurrence o where o.session_id = s.id))
                      and %s)""".formatted(FixDecisions.LATEST_VERDICTS, FixDecisions.READY);

    @Inject
    RankedByRisk ranked;

    @Override
    public Found find(ImpactFilter filter, Instant now, int limit) {
        RankedByRisk.Rows rows = ranked.run("""
                select s.id, coalesce(s.started_at, s.created_at) as since, s.title, s.status
                from test_session s join at_risk r on r.session_id = s.id
                where s.status in ('PLANNED', 'RUNNING', 'BLOCKED')""" + " and not " + HAS_GO_NO_GO,
                "select id, id from items", filter, now, limit, Map.of());
        return new Found(rows.rows().stream().map(row -> new AttentionItem(AttentionItem.Kind.SESSION_WITHOUT_GO_NO_GO,
                row.text(0), "/sessions/" + row.id(),
                SessionStatus.valueOf(row.text(1)).label + ", at risk, and no fix of it is ready to deploy", row.since(),
                row.waiting(), row.atRisk(), row.rank())).toList(), rows.total());
    }
}
