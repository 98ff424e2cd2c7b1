-- "Needs attention" says how many sessions at risk await a go/no-go (issue 16). Counted on every view, that read every
-- span (a scan of session_risk_span: 2.5 ms per view at 10,000 sessions, the page's dearest statement). project_risk
-- now also keeps, per project and kind of money, how many of its spans with no end await a decision; the count at a
-- moment is that, less those opened after it, plus those closed after it that had opened by then (two index ranges
-- of the spans dated ahead, none or a few for the present), as revenue at risk is read (V16_6).
--
-- Deltas added by upserts to the row project_risk_span has just written for the same span (the triggers' names sort
-- after project_risk_span_kept/moved, so they fire after them): no new row is locked by a change of the span, and a
-- decision alone locks that one row, after its session's, as a change of the span does. Concurrent writers each add
-- their own delta to the row as it stands when they get its lock, so neither misses the other's.
alter table project_risk add column awaiting bigint not null default 0;

create function project_risk_awaiting_add(span session_risk_span, sign int) returns void language sql as $$
    insert into project_risk (project_id, impact_currency, impact_basis, amount, sessions, awaiting)
    select span.project_id, coalesce(span.impact_currency, ''), coalesce(span.impact_basis, ''), 0, 0, sign
    where span.closed is null and span.awaiting_decision
    -- a project being deleted takes its figures with it
      and exists (select 1 from project p where p.id = span.project_id)
    on conflict (project_id, impact_currency, impact_basis) do update set awaiting = project_risk.awaiting + excluded.awaiting;
$$;

create function project_risk_awaiting_span() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform project_risk_awaiting_add(old, -1);
    end if;
    if tg_op <> 'DELETE' then
        perform project_risk_awaiting_add(new, 1);
    end if;
    return null;
end
$$;
create trigger project_risk_span_waiting_added after insert on session_risk_span
    for each row when (new.awaiting_decision and new.closed is null) execute function project_risk_awaiting_span();
create trigger project_risk_span_waiting_gone after delete on session_risk_span
    for each row when (old.awaiting_decision and old.closed is null) execute function project_risk_awaiting_span();
create trigger project_risk_span_waiting_moved after update on session_risk_span
    for each row when (((old.awaiting_decision and old.closed is null) or (new.awaiting_decision and new.closed is null))
                       and (old.project_id, old.impact_currency, old.impact_basis, old.closed, old.awaiting_decision)
                           is distinct from (new.project_id, new.impact_currency, new.impact_basis, new.closed,
                                             new.awaiting_decision))
    execute function project_risk_awaiting_span();

insert into project_risk (project_id, impact_currency, impact_basis, amount, sessions, awaiting)
select project_id, coalesce(impact_currency, ''), coalesce(impact_basis, ''), 0, 0, count(*)
from session_risk_span where closed is null and awaiting_decision group by 1, 2, 3
on conflict (project_id, impact_currency, impact_basis) do update set awaiting = excluded.awaiting;
