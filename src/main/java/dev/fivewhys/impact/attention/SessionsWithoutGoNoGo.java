package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.session.SessionStatus;

/**
 * Sessions that put revenue at risk now, are not finished (planned, running or blocked), and are not cleared: their own
 * go/no-go (computed from their criteria, failures and fixes, kept in test_session.go_no_go) says NO GO, or was never
 * decided. {@link #HAS_GO_NO_GO} is that definition, and the one place to change it.
 */
@ApplicationScoped
class SessionsWithoutGoNoGo implements AttentionSource {

    /** Over test_session {@code s}. */
    static final String HAS_GO_NO_GO = "coalesce(s.go_no_go, 'NO_GO') <> 'NO_GO'";

    @Inject
    RankedByRisk ranked;

    @Override
    public Found find(ImpactFilter filter, Instant now, int limit) {
        RankedByRisk.Rows rows = ranked.run("""
                select s.id, coalesce(s.started_at, s.created_at) as since, s.title, s.status, s.go_no_go_summary,
                       r.impact_currency as risk_currency, r.impact_basis as risk_basis, r.amount as risk_amount
                from test_session s join at_risk r on r.session_id = s.id
                where s.status in ('PLANNED', 'RUNNING', 'BLOCKED')""" + " and not " + HAS_GO_NO_GO,
                RankedByRisk.Touches.SESSION, filter, now, limit, Map.of());
        return new Found(rows.rows().stream().map(row -> new AttentionItem(AttentionItem.Kind.SESSION_WITHOUT_GO_NO_GO,
                row.text(0), "/sessions/" + row.id(),
                SessionStatus.valueOf(row.text(1)).label + ", at risk, and not cleared"
                        + (row.text(2) == null ? ": its go/no-go is not decided yet" : ": NO GO. " + row.text(2)),
                row.since(),
                row.waiting(), row.atRisk(), row.rank())).toList(), rows.total());
    }
}
