-- Revenue at risk without lost updates (issue 16). Kept figures were worked out from the writer's own snapshot, so two
-- writers at the same moment each missed the other's change and the later one won:
-- - a failure seen in a session for the first time adds the session's span as it reads it, while a change of that
--   span adds and takes away only for the failures it sees in the session: an upload into a session marked passed at
--   that moment left its new failures counting the session as at risk for good (failure_risk, V16_3);
-- - a session passing while another session starts to continue it: its span ended when the continuation started, not
--   when it passed (session_risk_span, V16_2).
-- Both writers now lock the session's row first, as a change of the session does, so one waits for the other and
-- then sees it (each statement of a trigger sees what was committed before it began). Uploads took that lock anyway
-- when they decide the session again at the end (story/SessionVerdicts): this takes it a little earlier, after the
-- failures' rows as before, so it adds no new order of locks. "No key update" lets the key-share locks of rows naming
-- the session (runs, results) go on.

-- Locks the sessions whose ids the row's column (the trigger's argument) holds before and after the change, in id order.
create function lock_sessions_named() returns trigger language plpgsql as $$
declare
    named bigint := case when tg_op <> 'DELETE' then (to_jsonb(new) ->> tg_argv[0])::bigint end;
    was_named bigint := case when tg_op <> 'INSERT' then (to_jsonb(old) ->> tg_argv[0])::bigint end;
begin
    -- most rows name none (a session continuing no other): then nothing is read. Planned while the table was empty
    -- (a bulk insert into a new database), the look-up below would be a scan of every row written so far.
    if named is not null or was_named is not null then
        perform 1 from test_session where id in (named, was_named) order by id for no key update;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger failure_risk_session_locked before insert or delete or update of failure_id, session_id
    on failure_occurrence for each row execute function lock_sessions_named('session_id');

-- a session's start, end or continuation moves the span of the session it continues
create trigger session_risk_span_continued_locked before insert or delete or update on test_session
    for each row execute function lock_sessions_named('continues_session_id');
