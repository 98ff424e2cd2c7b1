package dev.fivewhys.impact.attention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.impact.Durations;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.project.Severity;

/** Failures open longer than a week that nobody has started to analyse, waiting since first seen. */
@ApplicationScoped
class FailuresWithoutAnalysis implements RankedSource {

    static final Duration OPEN_LONGER_THAN = Duration.ofDays(7);

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        // kept in failure_attention (migration V16_17, where the list is defined): open and no analysis; each failure
        // read by its key (see KeptCandidates)
        String waits = "k.waits = 'NO_ANALYSIS' and k.since < :weekAgo" + Projects.clause(filter, "k");
        return KeptCandidates.of("failure_attention", "failure_id", waits,
                Map.of("weekAgo", Timestamp.from(now.minus(OPEN_LONGER_THAN))), candidates -> """
                        select f.id, k.since, k.rank, f.id as failure_id, null::bigint as analysis_session_id,
                               json_build_array(f.failure_type, f.sample_message, f.severity) as columns
                        from %s
                        cross join lateral (select f.id, f.failure_type, f.sample_message, f.severity from failure f
                                            where f.id = k.id offset 0) f""".formatted(candidates));
    }

    @Override
    public AttentionSource.Found found(RankedByRisk.Rows rows) {
        return new AttentionSource.Found(rows.rows().stream()
                .map(row -> new AttentionItem(AttentionItem.Kind.FAILURE_WITHOUT_ANALYSIS,
                        Failure.titleOf(row.text(0), row.text(1)), "/failures/" + row.id(),
                        Severity.valueOf(row.text(2)).label + " severity, open for " + Durations.display(row.waiting())
                                + " with no analysis",
                        row.since(), row.waiting(), row.atRisk(), row.rank()))
                .toList(), rows.total());
    }
}
