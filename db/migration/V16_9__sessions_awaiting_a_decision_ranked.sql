-- "Needs attention" lists the sessions at risk that are not finished and not cleared, ranked by their revenue at risk
-- (issue 16). Worked out on every view it read every such session with its span and ranked them all to show 20; the
-- span now says whether its session awaits a decision, and its rank (ARR counted as a twelfth, as everywhere on the
-- page), so the page reads the top of one partial index.
alter table session_risk_span
    add column awaiting_decision boolean not null default false,
    add column rank numeric generated always as (case impact_basis when 'ARR' then amount / 12.0 else amount end) stored;

-- The one definition: planned, running or blocked, and its own go/no-go says NO GO or was never decided.
create function session_awaits_decision(status varchar, go_no_go varchar) returns boolean language sql immutable as $$
    select status in ('PLANNED', 'RUNNING', 'BLOCKED') and coalesce(go_no_go, 'NO_GO') = 'NO_GO'
$$;

create or replace function session_risk_span_refresh(id bigint) returns void language plpgsql as $$
begin
    if id is null then
        return;
    end if;
    insert into session_risk_span (session_id, project_id, impact_currency, impact_basis, amount, opened, closed,
                                   awaiting_decision)
    select s.id, s.project_id, s.impact_currency, s.impact_basis, s.impact_amount_minor,
           coalesce(s.started_at, s.created_at),
           least(case when s.status = 'PASSED' then coalesce(s.ended_at, s.updated_at) end,
                 (select min(coalesce(n.started_at, n.created_at)) from test_session n where n.continues_session_id = s.id)),
           session_awaits_decision(s.status, s.go_no_go)
    from test_session s where s.id = session_risk_span_refresh.id and s.impact_amount_minor is not null
    on conflict (session_id) do update set project_id = excluded.project_id,
        impact_currency = excluded.impact_currency, impact_basis = excluded.impact_basis, amount = excluded.amount,
        opened = excluded.opened, closed = excluded.closed, awaiting_decision = excluded.awaiting_decision;
    if not found then
        delete from session_risk_span where session_id = session_risk_span_refresh.id;
    end if;
end
$$;

-- Failures' and projects' figures follow the span itself, not whether its session awaits a decision.
drop trigger failure_risk_span_moved on session_risk_span;
create trigger failure_risk_span_moved after update on session_risk_span
    for each row when ((old.project_id, old.impact_currency, old.impact_basis, old.amount, old.opened, old.closed)
                       is distinct from (new.project_id, new.impact_currency, new.impact_basis, new.amount, new.opened, new.closed))
    execute function failure_risk_span();
drop trigger project_risk_span_moved on session_risk_span;
create trigger project_risk_span_moved after update on session_risk_span
    for each row when ((old.project_id, old.impact_currency, old.impact_basis, old.amount, old.opened, old.closed)
                       is distinct from (new.project_id, new.impact_currency, new.impact_basis, new.amount, new.opened, new.closed))
    execute function project_risk_span();

update session_risk_span r set awaiting_decision = true from test_session s
where s.id = r.session_id and session_awaits_decision(s.status, s.go_no_go);

-- Most at risk first, then the longest waiting (a session waits from its start, which is its span's opening).
create index session_risk_span_awaiting_idx on session_risk_span (rank desc, opened, session_id)
    include (closed, project_id) where awaiting_decision;
