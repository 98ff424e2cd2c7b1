package dev.fivewhys.impact.attention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.fivewhys.core.SqlValues;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.impact.Money;
import dev.fivewhys.impact.RevenueAtRisk;
import dev.fivewhys.session.ImpactBasis;

/**
 * Runs one kind's query in the database with the revenue at risk of each item: the sum, per currency and basis, of
 * the sessions at risk now that the item touches, read for a failure's sessions from what failure_risk keeps (migration
 * V16_3) and worked out from the spans only where that does not hold at :now. Items are ordered by that, as one number (monthly
 * amounts as they
 * stand, ARR counted as a twelfth: no exchange rates are kept), then by how long they have waited, and cut to the
 * limit there, so no more rows than are shown ever reach Java.
 */
@ApplicationScoped
class RankedByRisk {

    /** What the items of a kind are, and so which sessions each touches. */
    enum Touches {
        /**
         * Items with columns {@code failure_id} and {@code analysis_session_id} (an analysis or its fix): the sessions its
         * failure was seen in and the one it was started from.
         */
        ANALYSIS("failure_id"),
        /** Items whose id is a failure's: the sessions it was seen in. */
        FAILURE("id");

        /** Each item's revenue at risk per kind of money, from {@code kept} and {@code touched}, ranked as one number. */
        private static final String RANKED = """
                risk as (
                  select id, currency, basis, sum(amount) as amount from (
                    select * from kept
                    union all
                    select t.id, r.impact_currency, r.impact_basis, r.amount
                    from (select distinct id, session_id from touched) t join at_risk r on r.session_id = t.session_id) r
                  group by 1, 2, 3),
                ranked as (
                  select id, sum(case basis when 'ARR' then amount / 12.0 else amount end) as rank,
                         string_agg(currency || ' ' || basis || ' ' || amount, ';' order by currency, basis) as amounts
                  from risk group by id)
                select items.*, coalesce(ranked.rank, 0), ranked.amounts, %s
                from items left join ranked on ranked.id = items.id
                order by coalesce(ranked.rank, 0) desc, items.since, items.id""";

        private final String failure;

        Touches(String failure) {
            this.failure = failure;
        }

        /**
         * The query after {@code items}, ranking them. CTE bodies:
         * {@code kept} (item id, currency, basis, amount) from failure_risk for the items whose failure's
         * kept figure holds at :now, and {@code touched} (item id, session id) for the sessions to look up in
         * {@code at_risk}: all of an item's when its failure's figure does not hold at :now, and those it touches besides
         * its failure's.
         */
        String sql(String total) {
            String unsettled = "exists (select 1 from failure_risk u where u.failure_id = i.%s and u.latest > :now)"
                    .formatted(failure);
            String kept = """
                    kept (id, currency, basis, amount) as (
                      select i.id, nullif(k.impact_currency, ''), nullif(k.impact_basis, ''), k.amount
                      from items i join failure_risk k on k.failure_id = i.%s
                      where k.sessions > 0 and not %s)""".formatted(failure, unsettled);
            String touched = "select i.id, o.session_id from items i join failure_occurrence o on o.failure_id = i.%s where %s"
                    .formatted(failure, unsettled);
            if (this == ANALYSIS) {
                touched += """

                         union all
                        select i.id, i.analysis_session_id from items i where i.analysis_session_id is not null
                          and (i.failure_id is null or %s or not exists (select 1 from failure_occurrence o
                               where o.failure_id = i.failure_id and o.session_id = i.analysis_session_id))"""
                        .formatted(unsettled);
            }
            return "," + kept + ",\ntouched (id, session_id) as (" + touched + "),\n" + RANKED.formatted(total);
        }
    }

    @Inject
    EntityManager em;

    /** One item's row: its own columns after id and since, its wait, and its revenue at risk. */
    record Row(long id, Instant since, Object[] columns, List<Money> atRisk, double rank, Duration waiting) {

        String text(int column) {
            return (String) columns[column];
        }

        Long id(int column) {
            return columns[column] == null ? null : ((Number) columns[column]).longValue();
        }
    }

    record Rows(List<Row> rows, long total) {
    }

    /**
     * @param items SQL of a CTE body: columns {@code id}, {@code since}, then the kind's own; it may read {@code at_risk}
     *        and bind :now, :project (only when the filter names a project) and the given parameters
     * @param touches what the items are, and so which sessions each touches
     */
    Rows run(String items, Touches touches, ImpactFilter filter, Instant now, int limit, Map<String, Object> parameters) {
        return run(items, touches, filter, now, limit, parameters, "count(*) over ()");
    }

    /**
     * As {@link #run(String, Touches, ImpactFilter, Instant, int, Map)} when {@code items} are already cut down to the
     * best candidates and those that must be worked out again: {@code counted} is the SQL that counts them all.
     */
    Rows run(String items, Touches touches, ImpactFilter filter, Instant now, int limit, Map<String, Object> parameters,
            String counted) {
        Query query = em.createNativeQuery(RevenueAtRisk.atRisk(filter) + """
                , items as (%s)
                %s
                limit :limit""".formatted(items, touches.sql(counted))).setParameter("now", Timestamp.from(now))
                .setParameter("limit", limit);
        RevenueAtRisk.bindProject(query, filter);
        parameters.forEach(query::setParameter);
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            int n = r.length;
            Instant since = SqlValues.instant(r[1]);
            rows.add(new Row(((Number) r[0]).longValue(), since, Arrays.copyOfRange(r, 2, n - 3), amounts((String) r[n - 2]),
                    ((Number) r[n - 3]).doubleValue(), since == null ? Duration.ZERO : Duration.between(since, now)));
            total = ((Number) r[n - 1]).longValue();
        }
        return new Rows(rows, total);
    }

    /** "USD MRR 55000000;EUR MRR 3000000" as money. */
    private static List<Money> amounts(String amounts) {
        if (amounts == null) {
            return List.of();
        }
        return Arrays.stream(amounts.split(";")).map(a -> a.split(" "))
                .map(a -> new Money(Long.parseLong(a[2]), a[0], ImpactBasis.valueOf(a[1]))).toList();
    }
}
