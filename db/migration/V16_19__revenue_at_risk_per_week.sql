-- Revenue at risk's changes also summed per UTC week, Monday to Monday (issue 16). The impact page's figure when its
-- period began and at each week's end read the days after the period's start (project_risk_day, V16_15): ~840 rows for
-- 12 weeks at 1M results, 6,000 for two years, 2.4 ms per view for 12 weeks. A team whose zone is UTC starts its
-- periods and weeks at a UTC Monday's midnight: then the weeks are read instead, a row per project, kind and week.
-- Other zones read the days as before.
--
-- Kept as the days are, by the same trigger, after the days' rows in key order (so two writers take the rows in the same
-- order); deltas added by upserts.
create table project_risk_week (
    -- the UTC Monday midnight that ends the week: the row sums the days ending in (until - 7 days, until]
    until           timestamptz not null,
    project_id      bigint      not null references project (id) on delete cascade,
    -- '' when the session names none
    impact_currency varchar(3)  not null,
    impact_basis    varchar(3)  not null,
    amount          bigint      not null,
    sessions        bigint      not null,
    primary key (until, project_id, impact_currency, impact_basis)
);

-- The end of the UTC week (a Monday's midnight) a day ending at that midnight is summed in (a day ending on a Monday's
-- midnight ends its week).
create function risk_week_end(day_end timestamptz) returns timestamptz language sql immutable parallel safe as $$
    select day_end + ((8 - extract(isodow from day_end at time zone 'UTC')::int) % 7) * interval '1 day'
$$;

-- What a change of a span (the trigger's old and new row) changes per UTC day, netted: a session passing only adds its end.
create function risk_span_moved(old_span session_risk_span, new_span session_risk_span, op text)
    returns table (until timestamptz, project_id bigint, impact_currency varchar, impact_basis varchar, amount bigint,
                   sessions bigint)
    language sql stable as $$
    select c.until, c.project_id, c.impact_currency, c.impact_basis, sum(c.amount), sum(c.sessions)
    from (select * from risk_span_changes(old_span, -1) where op <> 'INSERT'
          union all
          select * from risk_span_changes(new_span, 1) where op <> 'DELETE') c
    -- a project being deleted takes its figures with it
    where exists (select 1 from project p where p.id = c.project_id)
    group by 1, 2, 3, 4
    having sum(c.amount) <> 0 or sum(c.sessions) <> 0
$$;

create or replace function project_risk_span() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform project_risk_add(old, -1);
    end if;
    if tg_op <> 'DELETE' then
        perform project_risk_add(new, 1);
    end if;
    insert into project_risk_day (until, project_id, impact_currency, impact_basis, amount, sessions)
    select * from risk_span_moved(old, new, tg_op) order by 1, 2, 3, 4
    on conflict (until, project_id, impact_currency, impact_basis) do update
        set amount = project_risk_day.amount + excluded.amount, sessions = project_risk_day.sessions + excluded.sessions;
    insert into project_risk_week (until, project_id, impact_currency, impact_basis, amount, sessions)
    select risk_week_end(d.until), d.project_id, d.impact_currency, d.impact_basis, sum(d.amount), sum(d.sessions)
    from risk_span_moved(old, new, tg_op) d
    group by 1, 2, 3, 4
    having sum(d.amount) <> 0 or sum(d.sessions) <> 0
    order by 1, 2, 3, 4
    on conflict (until, project_id, impact_currency, impact_basis) do update
        set amount = project_risk_week.amount + excluded.amount, sessions = project_risk_week.sessions + excluded.sessions;
    return null;
end
$$;

insert into project_risk_week (until, project_id, impact_currency, impact_basis, amount, sessions)
select risk_week_end(until), project_id, impact_currency, impact_basis, sum(amount), sum(sessions)
from project_risk_day group by 1, 2, 3, 4
having sum(amount) <> 0 or sum(sessions) <> 0;
