-- Test histories are brought up to date after an upload commits, not inside it (issues 14 and 16): the upload writes
-- one row here in its own transaction, so the row exists exactly when the run's results do; history.TestHistoryQueue
-- applies the runs of a project one at a time, in run-id order, right after the commit and in a periodic sweep.
create table test_history_pending (
    -- a run deleted before it is applied takes its row with it
    run_id        bigint      primary key references test_run (id) on delete cascade,
    project_id    bigint      not null references project (id) on delete cascade,
    queued_at     timestamptz not null,
    -- failed attempts, the last error and when to try again (a failing run holds back its project's later runs)
    attempts      int         not null default 0,
    last_error    text,
    retry_at      timestamptz
);
create index test_history_pending_project_idx on test_history_pending (project_id, run_id);
