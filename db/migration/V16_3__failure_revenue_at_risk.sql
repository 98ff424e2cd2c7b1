-- Each failure's revenue at risk, kept up to date as its sessions and their spans change (issue 16), so "Needs
-- attention" reads a row or two per item instead of joining every item's sessions to the sessions at risk on every
-- view (the NO GO fixes took ~90 ms on the bench data: 1,000 fixes × 30 sessions each).
--
-- Per failure and kind of money: the sum of the impacts (and the number) of the sessions it was seen in whose span has
-- no end (at risk from when they opened on), and a moment no earlier than any start or end of those sessions' spans. From that moment
-- on the sum is the failure's revenue at risk; before it (a session dated in the future, or a page asked about the
-- past) the page works the figure out from the spans (impact/attention/RankedByRisk). Every change is a delta added
-- by an upsert, so concurrent writers each add their own and none is lost; an end, once reached, never moves `latest`
-- back (it may be later than needed: then the page only works that failure out again).
create table failure_risk (
    failure_id      bigint      not null references failure (id) on delete cascade,
    -- '' when the session names none (an impact without a currency or basis)
    impact_currency varchar(3)  not null,
    impact_basis    varchar(3)  not null,
    amount          bigint      not null,
    sessions        bigint      not null,
    latest          timestamptz not null,
    primary key (failure_id, impact_currency, impact_basis)
);

-- Adds (sign 1) or takes away (sign -1) one session's span from one failure's figures.
-- Two writers that at the same moment add a session to a failure and move that session's span may each miss the
-- other's change (as with the spans themselves); taking a lock for it would deadlock uploads that recheck the session.
create function failure_risk_add(of_failure bigint, span session_risk_span, sign int) returns void language sql as $$
    insert into failure_risk (failure_id, impact_currency, impact_basis, amount, sessions, latest)
    select of_failure, coalesce(span.impact_currency, ''), coalesce(span.impact_basis, ''),
           case when span.closed is null then sign * span.amount else 0 end,
           case when span.closed is null then sign else 0 end, greatest(span.opened, span.closed)
    -- a failure being deleted takes its figures with it
    where exists (select 1 from failure f where f.id = of_failure)
    on conflict (failure_id, impact_currency, impact_basis) do update
        set amount = failure_risk.amount + excluded.amount, sessions = failure_risk.sessions + excluded.sessions,
            latest = greatest(failure_risk.latest, excluded.latest);
$$;

-- A failure seen in one more session (or one less) gains (or loses) that session's span.
create function failure_risk_occurrence() returns trigger language plpgsql as $$
declare
    span session_risk_span;
begin
    if tg_op <> 'INSERT' then
        select * into span from session_risk_span where session_id = old.session_id;
        if found then
            perform failure_risk_add(old.failure_id, span, -1);
        end if;
    end if;
    if tg_op <> 'DELETE' then
        select * into span from session_risk_span where session_id = new.session_id;
        if found then
            perform failure_risk_add(new.failure_id, span, 1);
        end if;
    end if;
    return null;
end
$$;
-- The upload's upserts only count occurrences again: they change neither column, so they fire nothing.
create trigger failure_risk_occurrence after insert or delete or update of failure_id, session_id on failure_occurrence
    for each row execute function failure_risk_occurrence();

-- A session's span moved (it passed, was continued, lost or changed its impact): every failure seen in it follows, in
-- the order uploads lock failures (by signature), so that an upload and a session's change never wait on each other.
create function failure_risk_span() returns trigger language plpgsql as $$
declare
    seen record;
begin
    for seen in select o.failure_id from failure_occurrence o join failure f on f.id = o.failure_id
                where o.session_id in (old.session_id, new.session_id) order by f.signature_hash, f.id loop
        if tg_op <> 'INSERT' and exists (select 1 from failure_occurrence o where o.failure_id = seen.failure_id
                                                 and o.session_id = old.session_id) then
            perform failure_risk_add(seen.failure_id, old, -1);
        end if;
        if tg_op <> 'DELETE' and exists (select 1 from failure_occurrence o where o.failure_id = seen.failure_id
                                                 and o.session_id = new.session_id) then
            perform failure_risk_add(seen.failure_id, new, 1);
        end if;
    end loop;
    return null;
end
$$;
create trigger failure_risk_span_kept after insert or delete on session_risk_span
    for each row execute function failure_risk_span();
-- the spans are written again on every change of their session, most of the time to the same values
create trigger failure_risk_span_moved after update on session_risk_span
    for each row when (old is distinct from new) execute function failure_risk_span();

-- A session deleted takes its occurrences with it, but its span may go first (both are cascades): its occurrences go
-- here, while its span is still there to take away.
create function failure_risk_session_deleted() returns trigger language plpgsql as $$
begin
    delete from failure_occurrence where session_id = old.id;
    return old;
end
$$;
create trigger failure_risk_session_deleted before delete on test_session
    for each row execute function failure_risk_session_deleted();

insert into failure_risk (failure_id, impact_currency, impact_basis, amount, sessions, latest)
select o.failure_id, coalesce(s.impact_currency, ''), coalesce(s.impact_basis, ''),
       coalesce(sum(s.amount) filter (where s.closed is null), 0), count(*) filter (where s.closed is null),
       max(greatest(s.opened, s.closed))
from failure_occurrence o join session_risk_span s on s.session_id = o.session_id
group by 1, 2, 3;
