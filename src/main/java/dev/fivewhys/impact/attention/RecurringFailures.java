package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.impact.FailureFigures;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.project.Severity;

/** Failures that came back after they were resolved and are still open: waiting since they last came back. */
@ApplicationScoped
class RecurringFailures implements AttentionSource {

    @Inject
    RankedByRisk ranked;

    @Override
    public Found find(ImpactFilter filter, Instant now, int limit) {
        RankedByRisk.Rows rows = ranked.run("""
                select f.id, coalesce(back.at, f.last_seen_at) as since, f.failure_type, f.sample_message, f.severity,
                       f.status
                from failure f
                left join lateral (select max(e.occurred_at) as at from failure_event e
                                   where e.failure_id = f.id and %s) back on true
                where f.recurring and f.status <> 'RESOLVED'""".formatted(FailureFigures.CAME_BACK)
                + Projects.clause(filter, "f"), RankedByRisk.Touches.FAILURE, filter, now, limit, Map.of());
        return new Found(rows.rows().stream().map(row -> new AttentionItem(AttentionItem.Kind.RECURRING_FAILURE,
                Failure.titleOf(row.text(0), row.text(1)), "/failures/" + row.id(),
                Severity.valueOf(row.text(2)).label + " severity, came back after it was resolved; "
                        + FailureStatus.valueOf(row.text(3)).label.toLowerCase(),
                row.since(), row.waiting(), row.atRisk(), row.rank())).toList(), rows.total());
    }
}
