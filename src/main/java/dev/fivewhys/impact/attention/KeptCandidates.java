package dev.fivewhys.impact.attention;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The candidates of a list whose items are kept ranked by triggers (fix_attention, failure_attention,
 * analysis_attention): the top of its index whose rank holds at :now, and the few whose rank does not hold yet (a session
 * dated ahead), which {@link RankedByRisk} works out again with the figures the page shows. So a view ranks at most the
 * listed items and those few instead of every item of the list; when there are none of those few, it ranks nothing and
 * reads the rank as kept.
 * <p>
 * The kinds read each candidate's own rows by its key, in a lateral subquery that cannot be flattened into a join
 * ({@code offset 0}): a nested loop of at most :limit and the few unsettled key lookups. Joined, the planner took the
 * 20 candidates for as many rows as the table and hashed all of it (2,000 failures or fixes, ~0.7 ms each at 1M
 * results).
 */
final class KeptCandidates {

    private KeptCandidates() {
    }

    /**
     * The list's items: over {@code table} as {@code k}, the rows {@code where} holds of, ranked by
     * {@code rank desc, since, idColumn}, each with a {@code latest}; {@code rows} makes the kind's items (as
     * {@link RankedByRisk.Items#sql}, with the kept {@code rank} after {@code since}) of a derived table {@code k} of
     * columns {@code id}, {@code since} and {@code rank}.
     */
    static RankedByRisk.Items of(String table, String idColumn, String where, Map<String, Object> parameters,
            UnaryOperator<String> rows) {
        String settled = """
                (select k.%2$s as id, k.since, k.rank from %1$s k where %3$s and k.latest <= :now
                 order by k.rank desc, k.since, k.%2$s limit :limit)""".formatted(table, idColumn, where);
        String unsettled = "select k.%2$s, k.since, k.rank from %1$s k where %3$s and k.latest > :now"
                .formatted(table, idColumn, where);
        return new RankedByRisk.Items(rows.apply("(" + settled + "\n union all\n " + unsettled + ") k"), parameters,
                "select count(*) from " + table + " k where " + where,
                new RankedByRisk.Kept(rows.apply(settled + " k"), "exists (" + unsettled + ")"));
    }
}
