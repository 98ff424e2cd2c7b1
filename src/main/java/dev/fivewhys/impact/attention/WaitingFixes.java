package dev.fivewhys.impact.attention;

import java.util.Map;

import dev.fivewhys.impact.ImpactFilter;

/**
 * The fixes waiting in one list (NO GO, or ready but not deployed), read from what fix_attention keeps (migration
 * V16_10, where the lists are defined): the top of its index, whose rank holds at :now, and the few whose rank does
 * not hold yet, which {@link RankedByRisk} works out again with the figures the page shows. So a view ranks at most
 * the listed fixes and those few instead of every fix that waits.
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
     * The fixes of the list: since when each waits in it, and as its columns the fix's summary, then {@code columns}
     * over fix {@code x}.
     */
    static RankedByRisk.Items of(Waits list, String columns, ImpactFilter filter) {
        String waits = "k.waits = '" + list.name() + "'" + Projects.clause(filter, "k");
        return new RankedByRisk.Items("""
                select x.id, k.since, a.failure_id, a.session_id as analysis_session_id,
                       json_build_array(x.summary%2$s) as columns
                from ((select k.fix_id, k.since from fix_attention k where %1$s and k.latest <= :now
                       order by k.rank desc, k.since, k.fix_id limit :limit)
                      union all
                      select k.fix_id, k.since from fix_attention k where %1$s and k.latest > :now) k
                join fix x on x.id = k.fix_id join analysis a on a.id = x.analysis_id
                """.formatted(waits, columns), Map.of(), "select count(*) from fix_attention k where " + waits);
    }
}
