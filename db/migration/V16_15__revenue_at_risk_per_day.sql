-- Revenue at risk's changes summed per UTC day, project and kind of money, kept by the trigger that keeps project_risk
-- (issue 16). The impact page's figure when its period began and at each week's end was project_risk less every
-- change of a span after that moment, read span by span: every span opened or closed in the period (~2,400 sessions
-- in 12 weeks of the bench data), twice per view. It now reads the days after the moment's day (a row per project,
-- kind and day) and only the spans changing in the moment's own day after it: none when the moment is a UTC midnight.
--
-- A span at risk changes the figure by +amount (one session more) when it opens and by -amount when it closes; one that
-- ends before it starts is never at risk and changes nothing. The sum of every change is project_risk; what was at risk
-- at t is that less the changes after t. Deltas added by upserts, as project_risk: concurrent writers each add their
-- own, and no other table is read.
create table project_risk_day (
    -- the UTC midnight that ends the day: the row sums the changes in (until - 1 day, until], so that a moment at
    -- midnight has no change of its own day after it
    until           timestamptz not null,
    project_id      bigint      not null references project (id) on delete cascade,
    -- '' when the session names none
    impact_currency varchar(3)  not null,
    impact_basis    varchar(3)  not null,
    amount          bigint      not null,
    sessions        bigint      not null,
    primary key (until, project_id, impact_currency, impact_basis)
);

-- The end of the UTC day a change at that moment is summed in (a change at midnight ends its day).
create function risk_day_end(at timestamptz) returns timestamptz language sql immutable parallel safe as $$
    select (date_trunc('day', (at at time zone 'UTC') - interval '1 microsecond') + interval '1 day') at time zone 'UTC'
$$;

-- What a span changes (sign 1), or no longer changes (sign -1), and the day it changes it.
create function risk_span_changes(span session_risk_span, sign int)
    returns table (until timestamptz, project_id bigint, impact_currency varchar, impact_basis varchar, amount bigint,
                   sessions bigint)
    language sql immutable as $$
    select risk_day_end(span.opened), span.project_id, coalesce(span.impact_currency, ''),
           coalesce(span.impact_basis, ''), sign * span.amount, sign::bigint
    where span.closed is null or span.closed > span.opened
    union all
    select risk_day_end(span.closed), span.project_id, coalesce(span.impact_currency, ''),
           coalesce(span.impact_basis, ''), -sign * span.amount, -sign::bigint
    where span.closed > span.opened
$$;

-- project_risk as before, then the days: the span's changes before and after, netted (a session passing only adds its
-- end), written in key order after project_risk's row so that two writers take the rows in the same order.
create or replace function project_risk_span() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform project_risk_add(old, -1);
    end if;
    if tg_op <> 'DELETE' then
        perform project_risk_add(new, 1);
    end if;
    insert into project_risk_day (until, project_id, impact_currency, impact_basis, amount, sessions)
    select c.until, c.project_id, c.impact_currency, c.impact_basis, sum(c.amount), sum(c.sessions)
    from (select * from risk_span_changes(old, -1) where tg_op <> 'INSERT'
          union all
          select * from risk_span_changes(new, 1) where tg_op <> 'DELETE') c
    -- a project being deleted takes its figures with it
    where exists (select 1 from project p where p.id = c.project_id)
    group by 1, 2, 3, 4
    having sum(c.amount) <> 0 or sum(c.sessions) <> 0
    order by 1, 2, 3, 4
    on conflict (until, project_id, impact_currency, impact_basis) do update
        set amount = project_risk_day.amount + excluded.amount, sessions = project_risk_day.sessions + excluded.sessions;
    return null;
end
$$;

insert into project_risk_day (until, project_id, impact_currency, impact_basis, amount, sessions)
select c.until, c.project_id, c.impact_currency, c.impact_basis, sum(c.amount), sum(c.sessions)
from session_risk_span s cross join lateral risk_span_changes(s, 1) c
group by 1, 2, 3, 4
having sum(c.amount) <> 0 or sum(c.sessions) <> 0;
