-- "Needs attention" lists, besides the fixes fix_attention keeps (V16_10), the failures nobody analyses, the failures
-- that came back and are open, and the analyses complete without a fix, ranked by the revenue at risk of the sessions
-- they touch (issue 16). Worked out on every view, that ranked every open recurring failure (213 on the bench data)
-- and anti-joined every failure to the analyses and every analysis to the fixes, to show 20 of each: about half of the
-- page's database time. Each such item now has a row here saying since when it waits and its rank, kept by triggers
-- as failures, their events, analyses, fixes, failures' figures and sessions' spans change (any writer), so a view
-- reads the top of one index per list, as it does for the fixes.
--
-- The rank is the one the page works out (impact/attention/RankedByRisk), as fix_attention's: per kind of money, what
-- failure_risk keeps for the failure (plus, for an analysis, the span of the session it was started from when its
-- failure was not seen there), ARR counted as a twelfth. It holds from `latest` on, the latest start or end of those
-- spans; a view at an earlier moment works such an item out again.
--
-- Without lost updates (as V16_12): each refresh takes a lock of its own on the item (its row in attention_guard,
-- locked to the end of the transaction) before working its row out, so a writer that waits works it out with what
-- the other committed. A row lock rather than an advisory lock: those live in PostgreSQL's shared lock table, which an
-- upload meeting some ten thousand failures at once would fill. The lock guards nothing else and nothing is locked after it in a refresh, so it
-- adds no wait to any lock order: it is taken where fix_attention locks its fixes (a failure's figures moving, a span
-- moving), failures before their analyses.

create table failure_attention (
    failure_id bigint      not null references failure (id) on delete cascade,
    -- NO_ANALYSIS: open, no analysis (listed once open a week: `since` is when first seen); CAME_BACK: came back
    -- after it was resolved and open, since it last came back
    waits      varchar(11) not null check (waits in ('NO_ANALYSIS', 'CAME_BACK')),
    project_id bigint      not null,
    since      timestamptz not null,
    rank       numeric     not null,
    latest     timestamptz not null,
    primary key (failure_id, waits)
);
create index failure_attention_ranked_idx on failure_attention (waits, rank desc, since, failure_id)
    include (project_id, latest);
create index failure_attention_latest_idx on failure_attention (waits, latest);

create table analysis_attention (
    analysis_id bigint      primary key references analysis (id) on delete cascade,
    project_id  bigint      not null,
    -- complete with no fix recorded, since completed
    since       timestamptz not null,
    rank        numeric     not null,
    latest      timestamptz not null
);
create index analysis_attention_ranked_idx on analysis_attention (rank desc, since, analysis_id)
    include (project_id, latest);
create index analysis_attention_latest_idx on analysis_attention (latest);

-- What a refresh locks: one row per failure (kind 1) or analysis (kind 2) ever refreshed. A deleted item's row stays.
create table attention_guard (
    kind    smallint not null,
    item_id bigint   not null,
    primary key (kind, item_id)
);

-- Locks an item's row in attention_guard, adding it when it is new (waiting for a writer adding it at the same time).
create function attention_guard_lock(of_kind smallint, of_item bigint) returns void language plpgsql as $$
begin
    insert into attention_guard (kind, item_id) values (of_kind, of_item) on conflict do nothing;
    perform 1 from attention_guard where kind = of_kind and item_id = of_item for update;
end
$$;

-- Works one failure's rows out again (both lists), after taking the failure's lock.
create function failure_attention_refresh(of_failure bigint) returns void language plpgsql as $$
begin
    if of_failure is null then
        return;
    end if;
    perform attention_guard_lock(1::smallint, of_failure);
    with f as (
        select f.id, f.project_id, f.status, f.recurring, f.first_seen_at, f.last_seen_at,
               -- its rank and the moment from which it holds: failure_risk's groups, as the page sums them
               (select coalesce(sum(case basis when 'ARR' then amount / 12.0 else amount end), 0)
                from (select nullif(k.impact_basis, '') as basis, sum(k.amount) as amount from failure_risk k
                      where k.failure_id = f.id and k.sessions > 0
                      group by nullif(k.impact_currency, ''), nullif(k.impact_basis, '')) risk) as rank,
               (select coalesce(max(k.latest), '-infinity') from failure_risk k where k.failure_id = f.id) as latest
        from failure f where f.id = of_failure),
    listed as (
        select f.id, 'NO_ANALYSIS' as waits, f.project_id, f.first_seen_at as since, f.rank, f.latest from f
        where f.status <> 'RESOLVED' and not exists (select 1 from analysis a where a.failure_id = f.id)
        union all
        select f.id, 'CAME_BACK', f.project_id,
               coalesce((select max(e.occurred_at) from failure_event e where e.failure_id = f.id
                           and e.kind = 'REOPENED' and e.session_id is not null), f.last_seen_at), f.rank, f.latest
        from f where f.recurring and f.status <> 'RESOLVED'),
    gone as (
        delete from failure_attention k where k.failure_id = of_failure
          and k.waits not in (select waits from listed))
    insert into failure_attention (failure_id, waits, project_id, since, rank, latest)
    select * from listed
    on conflict (failure_id, waits) do update set project_id = excluded.project_id, since = excluded.since,
        rank = excluded.rank, latest = excluded.latest
    where (failure_attention.project_id, failure_attention.since, failure_attention.rank, failure_attention.latest)
          is distinct from (excluded.project_id, excluded.since, excluded.rank, excluded.latest);
end
$$;

-- Works one analysis's row out again, after taking the analysis's lock.
create function analysis_attention_refresh(of_analysis bigint) returns void language plpgsql as $$
begin
    if of_analysis is null then
        return;
    end if;
    perform attention_guard_lock(2::smallint, of_analysis);
    insert into analysis_attention (analysis_id, project_id, since, rank, latest)
    select a.id, a.project_id, coalesce(a.completed_at, a.updated_at), r.rank, r.latest
    from analysis a
    -- the same sums as fix_attention's (V16_10), for the analysis's failure and session
    cross join lateral (
        with money as (
            select nullif(k.impact_currency, '') as currency, nullif(k.impact_basis, '') as basis, k.amount,
                   k.sessions > 0 as at_risk, k.latest
            from failure_risk k where k.failure_id = a.failure_id
            union all
            select s.impact_currency, s.impact_basis, s.amount, s.closed is null, greatest(s.opened, s.closed)
            from session_risk_span s where s.session_id = a.session_id
              and not exists (select 1 from failure_occurrence o where o.failure_id = a.failure_id
                                                                  and o.session_id = a.session_id))
        select (select coalesce(sum(case basis when 'ARR' then amount / 12.0 else amount end), 0)
                from (select basis, sum(amount) as amount from money where at_risk group by currency, basis) risk) as rank,
               (select coalesce(max(latest), '-infinity') from money) as latest) r
    where a.id = of_analysis and a.status = 'COMPLETE' and not exists (select 1 from fix x where x.analysis_id = a.id)
    on conflict (analysis_id) do update set project_id = excluded.project_id, since = excluded.since,
        rank = excluded.rank, latest = excluded.latest
    where (analysis_attention.project_id, analysis_attention.since, analysis_attention.rank, analysis_attention.latest)
          is distinct from (excluded.project_id, excluded.since, excluded.rank, excluded.latest);
    if not found and not exists (select 1 from analysis a where a.id = of_analysis and a.status = 'COMPLETE'
                                   and not exists (select 1 from fix x where x.analysis_id = a.id)) then
        delete from analysis_attention where analysis_id = of_analysis;
    end if;
end
$$;

-- A failure recorded, or changed in what the lists read: its status, whether it came back, when first or last seen
-- (last seen only says since when a failure that came back waits: an upload moves it for every failure it sees, so only
-- those that came back are worked out again), its project.
create function failure_attention_failure() returns trigger language plpgsql as $$
begin
    perform failure_attention_refresh(new.id);
    return null;
end
$$;
create trigger failure_attention_failure_added after insert on failure
    for each row execute function failure_attention_failure();
create trigger failure_attention_failure_changed after update on failure
    for each row when (old.status is distinct from new.status or old.recurring is distinct from new.recurring
                       or old.first_seen_at is distinct from new.first_seen_at or old.project_id is distinct from new.project_id
                       or (new.recurring and old.last_seen_at is distinct from new.last_seen_at))
    execute function failure_attention_failure();

-- A failure came back in a session (or such an event was changed or removed): since when it waits moves.
create function failure_attention_event() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform failure_attention_refresh(old.failure_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or old.failure_id <> new.failure_id) then
        perform failure_attention_refresh(new.failure_id);
    end if;
    return null;
end
$$;
create trigger failure_attention_event_added after insert on failure_event
    for each row when (new.kind = 'REOPENED' and new.session_id is not null)
    execute function failure_attention_event();
create trigger failure_attention_event_removed after delete on failure_event
    for each row when (old.kind = 'REOPENED' and old.session_id is not null)
    execute function failure_attention_event();
create trigger failure_attention_event_changed after update on failure_event
    for each row when ((old.kind = 'REOPENED' and old.session_id is not null)
                       or (new.kind = 'REOPENED' and new.session_id is not null))
    execute function failure_attention_event();

-- An analysis recorded, changed or removed: its own row, and whether its failures (before and after) have an analysis.
create function attention_analysis() returns trigger language plpgsql as $$
begin
    perform failure_attention_refresh(f) from unnest(array[old.failure_id, new.failure_id]) f
    where f is not null group by f order by f;
    if tg_op <> 'DELETE' then
        perform analysis_attention_refresh(new.id);
    end if;
    return null;
end
$$;
create trigger attention_analysis_added after insert or delete on analysis
    for each row execute function attention_analysis();
create trigger attention_analysis_changed after update of failure_id, session_id, project_id, status, completed_at,
    updated_at on analysis for each row execute function attention_analysis();

-- A fix recorded, moved or removed: whether its analyses have a fix.
create function analysis_attention_fix() returns trigger language plpgsql as $$
begin
    perform analysis_attention_refresh(a) from unnest(array[old.analysis_id, new.analysis_id]) a
    where a is not null group by a order by a;
    return null;
end
$$;
create trigger analysis_attention_fix_added after insert or delete on fix
    for each row execute function analysis_attention_fix();
create trigger analysis_attention_fix_moved after update of analysis_id on fix
    for each row when (old.analysis_id is distinct from new.analysis_id) execute function analysis_attention_fix();

-- A failure's kept figures moved: its rows and its analyses' follow, the failure first.
create function attention_failure_risk() returns trigger language plpgsql as $$
begin
    perform failure_attention_refresh(f) from unnest(array[old.failure_id, new.failure_id]) f
    where f is not null group by f order by f;
    perform analysis_attention_refresh(a.id) from analysis a where a.failure_id in (old.failure_id, new.failure_id)
    order by a.id;
    return null;
end
$$;
create trigger attention_failure_risk after insert or update or delete on failure_risk
    for each row execute function attention_failure_risk();

-- A session's span moved: the analyses started from that session follow.
create function analysis_attention_span() returns trigger language plpgsql as $$
begin
    perform analysis_attention_refresh(a.id) from analysis a where a.session_id in (old.session_id, new.session_id)
    order by a.id;
    return null;
end
$$;
create trigger analysis_attention_span_kept after insert or delete on session_risk_span
    for each row execute function analysis_attention_span();
create trigger analysis_attention_span_moved after update on session_risk_span
    for each row when ((old.session_id, old.impact_currency, old.impact_basis, old.amount, old.opened, old.closed)
                       is distinct from (new.session_id, new.impact_currency, new.impact_basis, new.amount, new.opened, new.closed))
    execute function analysis_attention_span();

select failure_attention_refresh(id) from failure;
select analysis_attention_refresh(id) from analysis;

-- The page reads both from the first view on: give the planner their figures now. Not when they are empty (a new
-- database): figures of no rows would have the triggers' plans scan them whole, and the first upload bringing ten
-- thousand failures would scan them once per failure; never analysed, the planner takes their index.
do $$
begin
    if exists (select 1 from failure_attention) then
        analyze failure_attention;
    end if;
    if exists (select 1 from analysis_attention) then
        analyze analysis_attention;
    end if;
end
$$;
