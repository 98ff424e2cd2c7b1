-- failure_risk without lost updates (issue 16). A failure seen in a session for the first time adds the session's span
-- as it reads it; a change of the session's span adds and takes away for the failures it sees in that session. Written
-- at the same moment, neither saw the other: an upload into a session marked passed at that moment left its new
-- failures counting the session as at risk for good. An occurrence written or moved now locks its session's row first,
-- as a change of the session does, so one waits for the other and then sees it. Uploads take that lock anyway when they
-- decide the session again at the end (story/SessionVerdicts): this takes it a little earlier, in the same place in
-- the order (after the failures' rows), so it adds no new order of locks.
create function failure_risk_occurrence_session_locked() returns trigger language plpgsql as $$
begin
    perform 1 from test_session
    where id in (case when tg_op <> 'DELETE' then new.session_id end, case when tg_op <> 'INSERT' then old.session_id end)
    order by id for no key update;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger failure_risk_occurrence_session_locked before insert or delete or update of failure_id, session_id
    on failure_occurrence for each row execute function failure_risk_occurrence_session_locked();
