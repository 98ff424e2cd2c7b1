-- The span during which each session puts its business impact at risk, kept up to date as sessions change
-- (issue 16), so the impact page reads one narrow row per session instead of working every span out from the
-- sessions and their continuations on every view. A session is at risk from its start until it passes or a
-- session continuing it starts, whichever comes first (impact/RevenueAtRisk).
create table session_risk_span (
    session_id      bigint      primary key references test_session (id) on delete cascade,
    project_id      bigint      not null,
    impact_currency varchar(3),
    impact_basis    varchar(3),
    amount          bigint      not null,
    opened          timestamptz not null,
    closed          timestamptz
);
create index session_risk_span_project_idx on session_risk_span (project_id);

-- Works one session's span out again (or removes it when the session has no impact any more).
create function session_risk_span_refresh(id bigint) returns void language plpgsql as $$
begin
    if id is null then
        return;
    end if;
    insert into session_risk_span (session_id, project_id, impact_currency, impact_basis, amount, opened, closed)
    select s.id, s.project_id, s.impact_currency, s.impact_basis, s.impact_amount_minor,
           coalesce(s.started_at, s.created_at),
           least(case when s.status = 'PASSED' then coalesce(s.ended_at, s.updated_at) end,
                 (select min(coalesce(n.started_at, n.created_at)) from test_session n where n.continues_session_id = s.id))
    from test_session s where s.id = session_risk_span_refresh.id and s.impact_amount_minor is not null
    on conflict (session_id) do update set project_id = excluded.project_id,
        impact_currency = excluded.impact_currency, impact_basis = excluded.impact_basis, amount = excluded.amount,
        opened = excluded.opened, closed = excluded.closed;
    if not found then
        delete from session_risk_span where session_id = session_risk_span_refresh.id;
    end if;
end
$$;

-- A session's change moves its own span, and the span of the session it continues (or continued).
create function session_risk_span_track() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform session_risk_span_refresh(new.id);
        perform session_risk_span_refresh(new.continues_session_id);
    end if;
    if tg_op <> 'INSERT' and old.continues_session_id is distinct from new.continues_session_id then
        perform session_risk_span_refresh(old.continues_session_id);
    end if;
    if tg_op = 'DELETE' then
        perform session_risk_span_refresh(old.continues_session_id);
    end if;
    return null;
end
$$;
create trigger session_risk_span_track after insert or update or delete on test_session
    for each row execute function session_risk_span_track();

insert into session_risk_span (session_id, project_id, impact_currency, impact_basis, amount, opened, closed)
select s.id, s.project_id, s.impact_currency, s.impact_basis, s.impact_amount_minor, coalesce(s.started_at, s.created_at),
       least(case when s.status = 'PASSED' then coalesce(s.ended_at, s.updated_at) end, n.opened)
from test_session s
left join (select continues_session_id, min(coalesce(started_at, created_at)) as opened from test_session
           where continues_session_id is not null group by continues_session_id) n on n.continues_session_id = s.id
where s.impact_amount_minor is not null;
