package dev.fivewhys.impact.attention;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.core.NamedQuery;
import dev.fivewhys.core.SqlValues;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.impact.Money;
import dev.fivewhys.impact.RevenueAtRisk;
import dev.fivewhys.session.ImpactBasis;

/**
 * Runs the queries of every kind that ranks its items by revenue at risk, in one statement, with the revenue at risk of
 * each item: the sum, per currency and basis, of the sessions at risk now that the item touches (those its failure was
 * seen in, and the session its analysis was started from), read for a failure's sessions from what failure_risk keeps
 * (migration V16_3) and worked out from the spans only where that does not hold at :now. Items are ordered by that, as
 * one number (monthly amounts as they stand, ARR counted as a twelfth: no exchange rates are kept), then by how long
 * they have waited, and cut to the limit per kind there, so no more rows than are shown ever reach Java. One statement
 * rather than one per kind: each was planned on every view (custom plans: they bind :now), and the ranking is most of
 * what is planned.
 */
@ApplicationScoped
class RankedByRisk {

    /**
     * One kind's items.
     *
     * @param sql SQL of a CTE body: columns {@code id}, {@code since}, {@code failure_id} and
     *        {@code analysis_session_id} (the sessions it touches: its failure's and the one its analysis was started
     *        from, either may be null), then {@code columns}, the kind's own as a JSON array; it may read
     *        {@code at_risk} and bind :now, :limit, :project (only when the filter names a project) and the given
     *        parameters, whose names no other kind uses for another value
     * @param counted null when {@code sql} gives every item of the kind; else SQL counting them, {@code sql} giving
     *        only the best candidates and those that must be worked out again
     * @param kept null when the kind's items are not kept ranked; else how to read them as kept
     */
    record Items(String sql, Map<String, Object> parameters, String counted, Kept kept) {

        Items(String sql, Map<String, Object> parameters) {
            this(sql, parameters, null, null);
        }
    }

    /**
     * A kind kept ranked (see {@link KeptCandidates}).
     *
     * @param settled as {@link Items#sql}, with the kept {@code rank} after {@code since}: the best items whose rank
     *        holds at :now, at most :limit
     * @param unsettled SQL condition: some item's rank does not hold at :now (then the kind is ranked as before)
     */
    record Kept(String settled, String unsettled) {
    }

    /**
     * The best items of each kind kept ranked, as kept, with the amounts their rank sums: the sessions with no end
     * among those their failure was seen in (kept in failure_risk) and the one their analysis was started from, per
     * kind of money, as {@link #RANKED} sums them for an item whose figures hold at :now. Then each kind's count, and
     * whether it must be ranked as before: a kept kind when an item's rank does not hold at :now, any other kind when
     * it has items. The amounts only of the items that can be listed: the page lists the best :limit items of every kind
     * together, by rank (as Java compares it, a double) then since when they wait, so an item with :limit items of
     * these ranked before it is not listed (a kind ranked again lists at least as many before it); each sum was a
     * subplan run for every row, 40 a view for 20 listed.
     */
    private static final String AS_KEPT = """
            select k.kind, k.id, k.since, k.columns::text, k.rank,
                   case when k.place <= :limit then (select string_agg(g.currency || ' ' || g.basis || ' ' || g.amount, ';' order by g.currency, g.basis)
                    from (select m.currency, m.basis, sum(m.amount) as amount from (
                            select nullif(r.impact_currency, '') as currency, nullif(r.impact_basis, '') as basis, r.amount
                            from failure_risk r where r.failure_id = k.failure_id and r.sessions > 0
                            union all
                            select s.impact_currency, s.impact_basis, s.amount from session_risk_span s
                            where s.session_id = k.analysis_session_id and s.closed is null
                              and not exists (select 1 from failure_occurrence o
                                              where o.failure_id = k.failure_id and o.session_id = s.session_id)) m
                          group by m.currency, m.basis) g) end as amounts,
                   null::bigint as total, null::boolean as ranked_again
            from (select k.*, rank() over (order by k.rank::float8 desc, k.since) as place from (%s) k) k
            union all
            %s
            order by 1, 2 nulls first, 5 desc, 3, 2""";

    /** Each item's revenue at risk per kind of money, ranked as one number, and the items listed per kind. */
    private static final String RANKED = """
            kept (kind, id, currency, basis, amount) as (
              select i.kind, i.id, nullif(k.impact_currency, ''), nullif(k.impact_basis, ''), k.amount
              from items i join failure_risk k on k.failure_id = i.failure_id
              where k.sessions > 0 and not %1$s),
            touched (kind, id, session_id) as (
              select i.kind, i.id, o.session_id from items i join failure_occurrence o on o.failure_id = i.failure_id
              where %1$s
              union all
              select i.kind, i.id, i.analysis_session_id from items i where i.analysis_session_id is not null
                and (i.failure_id is null or %1$s or not exists (select 1 from failure_occurrence o
                     where o.failure_id = i.failure_id and o.session_id = i.analysis_session_id))),
            risk as (
              select kind, id, currency, basis, sum(amount) as amount from (
                select * from kept
                union all
                select t.kind, t.id, r.impact_currency, r.impact_basis, r.amount
                from (select distinct kind, id, session_id from touched) t join at_risk r on r.session_id = t.session_id) r
              group by 1, 2, 3, 4),
            ranked as (
              select kind, id, sum(case basis when 'ARR' then amount / 12.0 else amount end) as rank,
                     string_agg(currency || ' ' || basis || ' ' || amount, ';' order by currency, basis) as amounts
              from risk group by kind, id),
            listed as (
              select i.kind, i.id, i.since, i.columns, coalesce(r.rank, 0) as rank, r.amounts,
                     coalesce(i.total, count(*) over (partition by i.kind)) as total,
                     row_number() over (partition by i.kind order by coalesce(r.rank, 0) desc, i.since, i.id) as place
              from items i left join ranked r on r.kind = i.kind and r.id = i.id)
            select kind, id, since, columns::text, rank, amounts, total from listed where place <= :limit
            order by kind, place""".formatted(
            "exists (select 1 from failure_risk u where u.failure_id = i.failure_id and u.latest > :now)");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One item's row: its own columns (after id and since), its wait, and its revenue at risk. */
    record Row(long id, Instant since, JsonNode columns, List<Money> atRisk, double rank, Duration waiting) {

        String text(int column) {
            JsonNode value = columns.get(column);
            return value.isNull() ? null : value.asText();
        }

        Long id(int column) {
            JsonNode value = columns.get(column);
            return value.isNull() ? null : value.asLong();
        }
    }

    record Rows(List<Row> rows, long total) {
    }

    /**
     * The items of each kind, in the order of {@code kinds}: at most {@code limit} of each, and how many in all. The
     * kinds kept ranked are read as kept when their ranks hold at {@code now}; the others, and those whose ranks do not
     * hold, are ranked by {@link #RANKED} (a second statement, only when there are any).
     */
    List<Rows> run(List<Items> kinds, ImpactFilter filter, Instant now, int limit) {
        List<Rows> rows = new ArrayList<>(kinds.size());
        List<Integer> again = new ArrayList<>();
        List<Object[]> results = results(AS_KEPT.formatted(kept(kinds), totals(kinds)), kinds, filter, now, limit);
        List<List<Row>> listed = new ArrayList<>();
        kinds.forEach(kind -> listed.add(new ArrayList<>()));
        for (Object[] r : results) {
            int kind = ((Number) r[0]).intValue();
            if (r[1] == null) {
                rows.add(new Rows(listed.get(kind), ((Number) r[6]).longValue()));
                if ((Boolean) r[7]) {
                    again.add(kind);
                }
            } else {
                listed.get(kind).add(row(r, now));
            }
        }
        if (!again.isEmpty()) {
            List<Rows> ranked = ranked(again.stream().map(kinds::get).toList(), filter, now, limit);
            for (int k = 0; k < again.size(); k++) {
                rows.set(again.get(k), ranked.get(k));
            }
        }
        return rows;
    }

    /** The kinds' items ranked in one statement, {@link #RANKED}. */
    private List<Rows> ranked(List<Items> kinds, ImpactFilter filter, Instant now, int limit) {
        List<List<Row>> rows = new ArrayList<>();
        long[] totals = new long[kinds.size()];
        kinds.forEach(kind -> rows.add(new ArrayList<>()));
        for (Object[] r : results(RevenueAtRisk.atRisk(filter) + ", items as (" + union(kinds) + "),\n" + RANKED, kinds,
                filter, now, limit)) {
            int kind = ((Number) r[0]).intValue();
            rows.get(kind).add(row(r, now));
            totals[kind] = ((Number) r[6]).longValue();
        }
        return IntStream.range(0, kinds.size()).mapToObj(k -> new Rows(rows.get(k), totals[k])).toList();
    }

    private static List<Object[]> results(String sql, List<Items> kinds, ImpactFilter filter, Instant now, int limit) {
        NamedQuery query = new NamedQuery(sql).set("now", now).set("limit", limit)
                .setIfPresent("project", filter.projectId());
        kinds.forEach(kind -> kind.parameters().forEach(query::set));
        return query.list(r -> {
            Object[] row = new Object[r.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = r.getObject(i + 1);
            }
            return row;
        });
    }

    /** kind, id, since, columns, rank, amounts: one item's row. */
    private static Row row(Object[] r, Instant now) {
        Instant since = SqlValues.instant(r[2]);
        return new Row(((Number) r[1]).longValue(), since, json((String) r[3]), amounts((String) r[5]),
                ((Number) r[4]).doubleValue(), since == null ? Duration.ZERO : Duration.between(since, now));
    }

    /** The kept kinds' best items as kept; a statement of no row when none is kept. */
    private static String kept(List<Items> kinds) {
        String kept = IntStream.range(0, kinds.size()).filter(k -> kinds.get(k).kept() != null)
                .mapToObj(k -> "select %1$d as kind, * from (%2$s) k%1$d".formatted(k, kinds.get(k).kept().settled()))
                .collect(Collectors.joining("\nunion all\n"));
        return kept.isEmpty()
                ? "select 0 as kind, 0::bigint as id, null::timestamptz as since, null::json as columns, 0::numeric as rank, "
                        + "null::bigint as failure_id, null::bigint as analysis_session_id where false"
                : kept;
    }

    /** Per kind, a row of no id: its count, and whether it is ranked as before. */
    private static String totals(List<Items> kinds) {
        return IntStream.range(0, kinds.size()).mapToObj(k -> {
            Items kind = kinds.get(k);
            return kind.kept() != null
                    ? "select %d, null, null, null, null, null, (%s), %s".formatted(k, kind.counted(), kind.kept().unsettled())
                    : "select %1$d, null, null, null, null, null, c, c > 0 from (select count(*) as c from (%2$s) k) k%1$d"
                            .formatted(k, kind.sql());
        }).collect(Collectors.joining("\nunion all\n"));
    }

    /** The kinds' items as one: the kind's number, its items' columns, and its count when its items are cut. */
    private static String union(List<Items> kinds) {
        return IntStream.range(0, kinds.size()).mapToObj(k -> """
                select %1$d as kind, id, since, failure_id, analysis_session_id, columns, %2$s as total from (%3$s) k%1$d"""
                .formatted(k, kinds.get(k).counted() == null ? "null::bigint" : "(" + kinds.get(k).counted() + ")",
                        kinds.get(k).sql()))
                .collect(Collectors.joining("\nunion all\n"));
    }

    private static JsonNode json(String columns) {
        try {
            return JSON.readTree(columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("columns of an attention item: " + columns, e);
        }
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
