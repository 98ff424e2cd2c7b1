package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.project.Severity;

/** Failures that came back after they were resolved and are still open: waiting since they last came back. */
@ApplicationScoped
class RecurringFailures implements RankedSource {

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        // kept in failure_attention (migration V16_17, where the list and since when each waits are defined); each
        // failure read by its key (see KeptCandidates)
        String waits = "k.waits = 'CAME_BACK'" + Projects.clause(filter, "k");
        return KeptCandidates.of("failure_attention", "failure_id", waits, Map.of(), candidates -> """
                select f.id, k.since, k.rank, f.id as failure_id, null::bigint as analysis_session_id,
                       json_build_array(f.failure_type, f.sample_message, f.severity, f.status) as columns
                from %s
                cross join lateral (select f.id, f.failure_type, f.sample_message, f.severity, f.status from failure f
                                    where f.id = k.id offset 0) f""".formatted(candidates));
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
