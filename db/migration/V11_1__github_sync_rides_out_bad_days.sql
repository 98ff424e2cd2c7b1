-- GitHub sync that rides out GitHub's bad days (issue 11).

-- What the app knows about a token it writes to GitHub with, shared by every copy of the app: the budget GitHub
-- last reported, until when the worker holds back (a rate limit, or GitHub failing and being probed), whether
-- the token was refused (the worker pauses until the token changes or an admin resumes), and when its last write
-- went out (the pace). Keyed by a hash of API URL and token, never the token.
create table github_token (
    token_key     varchar(64) primary key,
    remaining     int,
    quota         int,
    reset_at      timestamptz,
    observed_at   timestamptz,
    held_until    timestamptz,
    hold_reason   text,
    failing_since timestamptz,
    failed_probes int not null default 0,
    suspect_job   bigint,
    paused_at     timestamptz,
    paused_reason text,
    last_write_at timestamptz
);

-- Content-creating requests sent with a token in the last hour, for GitHub's per-minute and per-hour limits.
create table github_write (
    token_key varchar(64) not null,
    sent_at   timestamptz not null,
    primary key (token_key, sent_at)
);

drop table github_rate_limit;

-- A job is SENDING while a worker sends it outside any transaction; if that worker dies, the claim runs out and
-- another takes the job again.
alter table sync_job drop constraint sync_job_state_check;
alter table sync_job add constraint sync_job_state_check
    check (state in ('PENDING', 'SENDING', 'DONE', 'FAILED', 'CANCELLED'));
alter table sync_job add column claimed_until timestamptz;
drop index sync_job_due_idx;
create index sync_job_due_idx on sync_job (next_attempt_at) where state in ('PENDING', 'SENDING');

-- One open job per record: a change to a record whose job failed revives that job instead of adding a second.
update sync_job j set state = 'CANCELLED', last_error = coalesce(last_error || ' ', '') || '(superseded by a later job)'
where state = 'FAILED' and exists (select 1 from sync_job k where k.idempotency_key = j.idempotency_key
                                    and (k.state = 'PENDING' or (k.state = 'FAILED' and k.id > j.id)));
drop index sync_job_pending_key_idx;
create unique index sync_job_open_key_idx on sync_job (idempotency_key) where state in ('PENDING', 'FAILED');

-- The labels the app last put on an issue (one per line), so a label it no longer wants is taken off while those
-- people added stay; and whether the issue's state was last set by the app, so its own webhook echo is known.
alter table github_link add column labels text;
alter table github_link add column state_by_app boolean not null default false;
