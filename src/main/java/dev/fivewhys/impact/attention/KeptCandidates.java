package dev.fivewhys.impact.attention;

/**
 * The candidates of a list whose items are kept ranked by triggers (fix_attention, failure_attention,
 * analysis_attention): the top of its index whose rank holds at :now, and the few whose rank does not hold yet (a session
 * dated ahead), which {@link RankedByRisk} works out again with the figures the page shows. So a view ranks at most the
 * listed items and those few instead of every item of the list.
 */
final class KeptCandidates {

    private KeptCandidates() {
    }

    /**
     * A derived table {@code k} of columns {@code id} and {@code since}: over {@code table} as {@code k}, the rows
     * {@code where} holds of, ranked by {@code rank desc, since, idColumn}, each with a {@code latest}.
     */
    static String of(String table, String idColumn, String where) {
        return """
                ((select k.%2$s as id, k.since from %1$s k where %3$s and k.latest <= :now
                  order by k.rank desc, k.since, k.%2$s limit :limit)
                 union all
                 select k.%2$s, k.since from %1$s k where %3$s and k.latest > :now) k""".formatted(table, idColumn, where);
    }

    /** How many rows of {@code table} {@code where} holds of. */
    static String counted(String table, String where) {
        return "select count(*) from " + table + " k where " + where;
    }
}
