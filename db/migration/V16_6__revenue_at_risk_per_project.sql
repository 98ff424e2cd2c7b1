-- Revenue at risk per project and kind of money, kept up to date from the spans (issue 16), so the impact page reads a
-- row per project for the figure now, and only the spans that start or end within its period for the figure when the
-- period began and for each week's (RevenueAtRisk): not every session there ever was, three times per view.
--
-- The sum (and number) of the spans with no end: what is at risk from the latest start or end of a span on. What was
-- at risk at any moment t is that, less the spans opened after t, plus those closed after t (so a session dated in the
-- future counts from its start, whenever the page is viewed). Deltas added by upserts: concurrent writers each add
-- their own, and no other table is read, so none can miss another's change.
create table project_risk (
    project_id      bigint      not null references project (id) on delete cascade,
    -- '' when the session names none
    impact_currency varchar(3)  not null,
    impact_basis    varchar(3)  not null,
    amount          bigint      not null,
    sessions        bigint      not null,
    primary key (project_id, impact_currency, impact_basis)
);

create function project_risk_add(span session_risk_span, sign int) returns void language sql as $$
    insert into project_risk (project_id, impact_currency, impact_basis, amount, sessions)
    select span.project_id, coalesce(span.impact_currency, ''), coalesce(span.impact_basis, ''), sign * span.amount, sign
    where span.closed is null
    -- a project being deleted takes its figures with it
      and exists (select 1 from project p where p.id = span.project_id)
    on conflict (project_id, impact_currency, impact_basis) do update
        set amount = project_risk.amount + excluded.amount, sessions = project_risk.sessions + excluded.sessions;
$$;

create function project_risk_span() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform project_risk_add(old, -1);
    end if;
    if tg_op <> 'DELETE' then
        perform project_risk_add(new, 1);
    end if;
    return null;
end
$$;
create trigger project_risk_span_kept after insert or delete on session_risk_span
    for each row execute function project_risk_span();
create trigger project_risk_span_moved after update on session_risk_span
    for each row when (old is distinct from new) execute function project_risk_span();

-- The spans that start or end after a moment.
create index session_risk_span_opened_idx on session_risk_span (opened);
create index session_risk_span_closed_idx on session_risk_span (closed) where closed is not null;

insert into project_risk (project_id, impact_currency, impact_basis, amount, sessions)
select project_id, coalesce(impact_currency, ''), coalesce(impact_basis, ''), sum(amount), count(*)
from session_risk_span where closed is null group by 1, 2, 3;
