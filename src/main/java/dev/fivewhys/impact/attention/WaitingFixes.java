package dev.fivewhys.impact.attention;

import java.util.Map;

import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.impact.FixDecisions;
import dev.fivewhys.impact.ImpactFilter;

/**
 * The fixes waiting in one list (NO GO, or ready but not deployed), read from what fix_attention keeps (migration
 * V16_10, where the lists are defined) as {@link KeptCandidates}.
 */
final class WaitingFixes {

    /** The lists, as fix_attention.waits names them. */
    enum Waits {
        NO_GO,
        DEPLOY
    }

    private WaitingFixes() {
    }

    /**
     * The fixes of the list: since when each waits in it, and as its columns the fix's summary, its decision
     * ({@link FixDecisions#DECISION}: read here, only for the fixes ranked), then {@code columns} over fix {@code x}.
     */
    static RankedByRisk.Items of(Waits list, String columns, ImpactFilter filter) {
        String waits = "k.waits = '" + list.name() + "'" + Projects.clause(filter, "k");
        // each fix read by its key (see KeptCandidates)
        return KeptCandidates.of("fix_attention", "fix_id", waits, Map.of(), candidates -> """
                select x.id, k.since, k.rank, x.failure_id, x.session_id as analysis_session_id,
                       json_build_array(x.summary, %3$s%2$s) as columns
                from %1$s
                cross join lateral (select x.id, x.summary%2$s, a.failure_id, a.session_id
                                    from fix x join analysis a on a.id = x.analysis_id where x.id = k.id offset 0) x
                %4$s""".formatted(candidates, columns, FixDecisions.DECISION, FixDecisions.LATEST_VERDICTS));
    }

    /** The fix's go/no-go, of a row {@link #of} read: its second column. */
    static GoNoGo.Decision decision(RankedByRisk.Row row) {
        return FixDecisions.of(row.columns().get(1));
    }
}
