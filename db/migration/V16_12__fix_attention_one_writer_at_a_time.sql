-- fix_attention without lost updates (issue 16). V16_10 worked a fix's row out from the writer's own snapshot: an
-- audit and a stability validation of the same fix recorded at the same moment each saw the fix without the other's
-- verdict, and the later upsert won, so a fix cleared by both stayed NO GO in "Needs attention". Each refresh now locks
-- the fix first, as an update of the fix would: the writer that waits works the row out after the other committed
-- (each statement of a function sees what was committed before it began). "No key update" is the lock an update of
-- the fix takes anyway: the key-share locks that audits and validations naming the fix hold do not block it, so two of
-- them cannot deadlock on it.
alter function fix_attention_refresh(bigint) rename to fix_attention_work_out;

create function fix_attention_refresh(of_fix bigint) returns void language plpgsql as $$
begin
    perform 1 from fix where id = of_fix for no key update;
    perform fix_attention_work_out(of_fix);
end
$$;
