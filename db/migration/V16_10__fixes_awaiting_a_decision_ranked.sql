-- "Needs attention" lists the fixes that are neither verified nor cleared (NO GO) and those cleared but not deployed,
-- ranked by the revenue at risk of the sessions they touch (issue 16). Worked out on every view it read every such fix
-- (1,000 on the bench data) with its latest audit and validation and its failure's kept figures, to show 20. Each such
-- fix now has a row here saying which list it waits in, since when, and its rank, kept by triggers as fixes, audits,
-- validations, analyses, failures' figures and sessions' spans change (any writer), so a view reads the top of one
-- index (the table holds only the fixes that wait, so the index is as partial as a list).
-- Each change works the fix's row out again from scratch; as with failure_risk, two writers changing the same fix at
-- the same moment (an audit and a validation recorded together) may each miss the other's change.
--
-- The rank is the one the page works out (impact/attention/RankedByRisk, same sums in the same order, so the same
-- numeric): per kind of money, what failure_risk keeps for the fix's failure plus the span of the session its analysis
-- was started from when its failure was not seen there, ARR counted as a twelfth. Like failure_risk's figures it holds
-- from `latest` on, the latest start or end of those spans; a view at an earlier moment works such a fix out again.

-- The one SQL definition of a fix cleared for deployment by its latest audit and stability validation: the rule of
-- GoNoGo (FixReadinessSqlTest holds the two together); null when either is missing. The lists read it through
-- FixDecisions.READY.
create function fix_ready(recommendation varchar, readiness varchar) returns boolean language sql immutable as $$
    select recommendation in ('APPROVED', 'APPROVED_WITH_CONDITIONS') and readiness in ('GO', 'CONDITIONAL_GO')
$$;

create table fix_attention (
    fix_id     bigint      primary key references fix (id) on delete cascade,
    project_id bigint      not null,
    -- NO_GO: not verified and not cleared; DEPLOY: cleared, proposed or merged (not deployed yet)
    waits      varchar(6)  not null check (waits in ('NO_GO', 'DEPLOY')),
    -- NO GO since the fix was recorded; ready to deploy since the later of its latest audit and validation
    since      timestamptz not null,
    rank       numeric     not null,
    latest     timestamptz not null
);
-- Most at risk first, then the longest waiting.
create index fix_attention_ranked_idx on fix_attention (waits, rank desc, since, fix_id) include (project_id, latest);
-- The few whose rank does not hold yet at a view's moment (a session dated ahead): worked out again.
create index fix_attention_latest_idx on fix_attention (waits, latest);

-- Works one fix's row out again: written when it waits in a list, removed when it does not (or is gone).
create function fix_attention_refresh(of_fix bigint) returns void language plpgsql as $$
begin
    insert into fix_attention (fix_id, project_id, waits, since, rank, latest)
    select * from (
        select x.id, a.project_id,
               case when x.status <> 'VERIFIED' and not coalesce(fix_ready(au.recommendation, sv.readiness), false) then 'NO_GO'
                    when x.status in ('PROPOSED', 'MERGED') and fix_ready(au.recommendation, sv.readiness) then 'DEPLOY'
               end as waits,
               case when fix_ready(au.recommendation, sv.readiness) then greatest(au.recorded_at, sv.recorded_at)
                    else x.recorded_at end,
               r.rank, r.latest
        from fix x join analysis a on a.id = x.analysis_id
        left join lateral (select recommendation, recorded_at from compliance_audit where fix_id = x.id
                           order by recorded_at desc, id desc limit 1) au on true
        left join lateral (select readiness, recorded_at from stability_validation where fix_id = x.id
                           order by recorded_at desc, id desc limit 1) sv on true
        -- its rank and the moment from which it holds. Only the sessions at risk are summed, in groups per kind of
        -- money, as the page sums them (a group of nothing at risk would give 0E-20, not 0). Written out here rather
        -- than in a function of its own: this statement's plan is kept for the session, an SQL function's is not.
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
        where x.id = of_fix) f
    where waits is not null
    on conflict (fix_id) do update set project_id = excluded.project_id, waits = excluded.waits, since = excluded.since,
        rank = excluded.rank, latest = excluded.latest;
    if not found then
        delete from fix_attention where fix_id = of_fix;
    end if;
end
$$;

-- A fix changed (its row goes with it when it is deleted).
create function fix_attention_fix() returns trigger language plpgsql as $$
begin
    perform fix_attention_refresh(new.id);
    return null;
end
$$;
create trigger fix_attention_fix after insert or update of status, analysis_id, recorded_at on fix
    for each row execute function fix_attention_fix();

-- An audit or a validation was recorded, changed or removed: the fix's latest verdicts may be others.
create function fix_attention_verdict() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and (tg_op = 'DELETE' or old.fix_id <> new.fix_id) then
        perform fix_attention_refresh(old.fix_id);
    end if;
    if tg_op <> 'DELETE' then
        perform fix_attention_refresh(new.fix_id);
    end if;
    return null;
end
$$;
create trigger fix_attention_audit after insert or delete or update of fix_id, recommendation, recorded_at
    on compliance_audit for each row execute function fix_attention_verdict();
create trigger fix_attention_validation after insert or delete or update of fix_id, readiness, recorded_at
    on stability_validation for each row execute function fix_attention_verdict();

-- An analysis moved to another failure, session or project: its fixes follow.
create function fix_attention_analysis() returns trigger language plpgsql as $$
begin
    perform fix_attention_refresh(x.id) from fix x where x.analysis_id = new.id;
    return null;
end
$$;
create trigger fix_attention_analysis after update of failure_id, session_id, project_id on analysis
    for each row execute function fix_attention_analysis();

-- A failure's kept figures moved (it was seen in one more session or one less, or one of those sessions' spans
-- moved): the fixes of its analyses follow. An occurrence that changes no figure (its session has no span) changes no
-- rank either, so occurrences need no trigger of their own.
create function fix_attention_failure_risk() returns trigger language plpgsql as $$
begin
    perform fix_attention_refresh(x.id) from analysis a join fix x on x.analysis_id = a.id
    where a.failure_id in (old.failure_id, new.failure_id) order by x.id;
    return null;
end
$$;
create trigger fix_attention_failure_risk after insert or update or delete on failure_risk
    for each row execute function fix_attention_failure_risk();

-- A session's span moved: the fixes of the analyses started from that session follow.
create function fix_attention_span() returns trigger language plpgsql as $$
begin
    perform fix_attention_refresh(x.id) from analysis a join fix x on x.analysis_id = a.id
    where a.session_id in (old.session_id, new.session_id) order by x.id;
    return null;
end
$$;
create trigger fix_attention_span_kept after insert or delete on session_risk_span
    for each row execute function fix_attention_span();
create trigger fix_attention_span_moved after update on session_risk_span
    for each row when ((old.session_id, old.impact_currency, old.impact_basis, old.amount, old.opened, old.closed)
                       is distinct from (new.session_id, new.impact_currency, new.impact_basis, new.amount, new.opened, new.closed))
    execute function fix_attention_span();

select fix_attention_refresh(id) from fix;

-- The page reads fix_attention from the first view on: give the planner its figures now, not at autovacuum's next pass.
analyze fix_attention;
