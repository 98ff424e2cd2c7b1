package dev.fivewhys.impact.attention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.core.ColumnReads;
import dev.fivewhys.core.NamedQuery;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.impact.Money;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;

/**
 * Sessions that put revenue at risk now, are not finished (planned, running or blocked), and are not cleared: their own
 * go/no-go (computed from their criteria, failures and fixes, kept in test_session.go_no_go) says NO GO, or was never
 * decided. Each session's span says whether it awaits that decision and ranks it (migration V16_9, where the definition
 * is), so a view reads the top of one index instead of ranking every such session.
 */
@ApplicationScoped
class SessionsWithoutGoNoGo implements AttentionSource {

    /** Over session_risk_span {@code r}: awaiting a decision and at risk at :now. */
    private static final String AWAITING = "r.awaiting_decision and r.opened <= :now and (r.closed is null or r.closed > :now)";

    /**
     * How many: those with no end kept per project (project_risk.awaiting, V16_18), less those opened after :now, plus
     * those closed after :now that had opened by then; the last two read the spans dated ahead only, rather than every
     * span awaiting a decision.
     */
    private static final String COUNTED = """
            (select coalesce(sum(r.awaiting), 0) from project_risk r where true %1$s)
            - (select count(*) from session_risk_span r where r.awaiting_decision and r.closed is null and r.opened > :now %1$s)
            + (select count(*) from session_risk_span r where r.awaiting_decision and r.closed > :now and r.opened <= :now %1$s)""";

    @Override
    public Found find(ImpactFilter filter, Instant now, int limit) {
        String project = Projects.clause(filter, "r");
        ColumnReads.Counted<AttentionItem> found = new NamedQuery("""
                select r.session_id, r.opened, s.title, s.status, s.go_no_go_summary, r.impact_currency, r.impact_basis,
                       r.amount, r.rank, %2$s
                from (select * from session_risk_span r where %1$s order by r.rank desc, r.opened, r.session_id limit :limit) r
                join test_session s on s.id = r.session_id
                order by r.rank desc, r.opened, r.session_id""".formatted(AWAITING + project, COUNTED.formatted(project)))
                .set("now", now).set("limit", limit).setIfPresent("project", filter.projectId()).counted(r -> {
                    Instant since = r.getTimestamp(2).toInstant();
                    String summary = r.getString(5);
                    String currency = r.getString(6);
                    String basis = r.getString(7);
                    List<Money> atRisk = currency == null || basis == null ? List.of()
                            : List.of(new Money(r.getLong(8), currency, ImpactBasis.valueOf(basis)));
                    return new AttentionItem(AttentionItem.Kind.SESSION_WITHOUT_GO_NO_GO, r.getString(3),
                            "/sessions/" + r.getLong(1), SessionStatus.valueOf(r.getString(4)).label
                                    + ", at risk, and not cleared"
                                    + (summary == null ? ": its go/no-go is not decided yet" : ": NO GO. " + summary),
                            since, Duration.between(since, now), atRisk, r.getDouble(9));
                });
        return new Found(found.rows(), found.count());
    }
}
