package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.impact.ImpactFilter;

/** Analyses complete, root cause found, and no fix recorded: waiting since completed. */
@ApplicationScoped
class AnalysesWithoutFix implements RankedSource {

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        // kept in analysis_attention (migration V16_17): complete, no fix
        String waits = "true" + Projects.clause(filter, "k");
        return KeptCandidates.of("analysis_attention", "analysis_id", waits, Map.of(), candidates -> """
                select a.id, k.since, k.rank, a.failure_id, a.session_id as analysis_session_id,
                       json_build_array(f.failure_type, f.sample_message, s.title, a.root_cause, a.failure_id) as columns
                from %s join analysis a on a.id = k.id
                left join failure f on f.id = a.failure_id left join test_session s on s.id = a.session_id"""
                .formatted(candidates));
    }

    @Override
    public AttentionSource.Found found(RankedByRisk.Rows rows) {
        return new AttentionSource.Found(rows.rows().stream().map(row -> {
            String subject = row.id(4) != null ? Failure.titleOf(row.text(0), row.text(1)) : row.text(2);
            String rootCause = row.text(3);
            return new AttentionItem(AttentionItem.Kind.ANALYSIS_WITHOUT_FIX,
                    "Analysis #" + row.id() + (subject == null ? "" : ": " + subject), "/analyses/" + row.id(),
                    "Complete, no fix recorded" + (rootCause == null || rootCause.isBlank() ? ""
                            : ". Root cause: " + rootCause.strip()),
                    row.since(), row.waiting(), row.atRisk(), row.rank());
        }).toList(), rows.total());
    }
}
