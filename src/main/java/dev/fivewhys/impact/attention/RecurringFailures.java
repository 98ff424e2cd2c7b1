package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.impact.FailureFigures;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.project.Severity;

/** Failures that came back after they were resolved and are still open: waiting since they last came back. */
@ApplicationScoped
class RecurringFailures implements RankedSource {

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        return new RankedByRisk.Items("""
                select f.id, coalesce(back.at, f.last_seen_at) as since, f.id as failure_id,
                       null::bigint as analysis_session_id,
                       json_build_array(f.failure_type, f.sample_message, f.severity, f.status) as columns
                from failure f
                left join lateral (select max(e.occurred_at) as at from failure_event e
                                   where e.failure_id = f.id and %s) back on true
                where f.recurring and f.status <> 'RESOLVED'""".formatted(FailureFigures.CAME_BACK)
                + Projects.clause(filter, "f"), Map.of());
    }

    @Override
    public AttentionSource.Found found(RankedByRisk.Rows rows) {
        return new AttentionSource.Found(rows.rows().stream().map(row -> new AttentionItem(AttentionItem.Kind.RECURRING_FAILURE,
                Failure.titleOf(row.text(0), row.text(1)), "/failures/" + row.id(),
                Severity.valueOf(row.text(2)).label + " severity, came back after it was resolved; "
                        + FailureStatus.valueOf(row.text(3)).label.toLowerCase(),
                row.since(), row.waiting(), row.atRisk(), row.rank())).toList(), rows.total());
    }
}
