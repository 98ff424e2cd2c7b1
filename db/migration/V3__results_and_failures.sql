-- Test runs and their results (the big table), and failures: clusters of failing results sharing a signature.

create sequence test_run_seq increment by 50;
create sequence failure_seq increment by 50;
create sequence failure_event_seq increment by 50;

create table test_run (
    id          bigint primary key,
    session_id  bigint       not null references test_session (id) on delete cascade,
    source_name varchar(300),
    uploaded_by varchar(64),
    uploaded_at timestamptz  not null,
    tests       int          not null default 0,
    passed      int          not null default 0,
    failed      int          not null default 0,
    errored     int          not null default 0,
    skipped     int          not null default 0,
    flaky       int          not null default 0,
    duration_ms bigint       not null default 0
);
create index test_run_session_idx on test_run (session_id, uploaded_at desc);

create table failure (
    id             bigint primary key,
    project_id     bigint       not null references project (id),
    signature_hash varchar(64)  not null,
    signature      text         not null,
    failure_type   varchar(500),
    sample_message text,
    sample_trace   text,
    first_seen_at  timestamptz  not null,
    last_seen_at   timestamptz  not null,
    occurrences    bigint       not null default 0,
    affected_tests int          not null default 0,
    severity       varchar(8)   not null default 'MEDIUM' check (severity in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    status         varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'ANALYSING', 'FIX_IN_PROGRESS', 'RESOLVED')),
    recurring      boolean      not null default false,
    resolved_at    timestamptz,
    version        bigint       not null default 0,
    -- worst first, so that sorting by impact (severity, then occurrences) can read an index
    severity_rank  int          generated always as (case severity when 'CRITICAL' then 0 when 'HIGH' then 1
                                    when 'MEDIUM' then 2 else 3 end) stored,
    unique (project_id, signature_hash)
);
create index failure_impact_idx on failure (severity_rank, occurrences desc, last_seen_at desc);
create index failure_status_severity_idx on failure (status, severity, last_seen_at desc);
create index failure_last_seen_idx on failure (last_seen_at desc);

-- One row per test result. Written in JDBC batches, never through Hibernate; nothing references it,
-- and every query filters by session, run or failure, so it can be partitioned by session later.
-- Each index slows every upload down, so there are only the ones the pages need. run_id has no foreign
-- key: checking it costs about as much as writing the row (docs/PERFORMANCE.md), and rows are only
-- written by the upload that has just created their run, in its transaction; a trigger deletes them
-- with their run.
create table test_result (
    id             bigint generated always as identity primary key,
    run_id         bigint        not null,
    session_id     bigint        not null,
    suite          varchar(1000),
    class_name     varchar(1000),
    name           varchar(2000) not null,
    file           varchar(1000),
    status         varchar(8)    not null check (status in ('PASSED', 'FAILED', 'ERRORED', 'SKIPPED')),
    duration_ms    bigint        not null default 0,
    flaky          boolean       not null default false,
    failure_type   varchar(500),
    message        text,
    trace          text,
    -- set on failing results while the upload streams in; failure_id follows once the failures are grouped
    signature_hash varchar(20),
    failure_id     bigint
);
-- A run's results page by page, failing ones first ('ERRORED' < 'FAILED' < 'PASSED' < 'SKIPPED').
create index test_result_run_status_idx on test_result (run_id, status, id);
create index test_result_failure_idx on test_result (failure_id, session_id, id) where failure_id is not null;

create function test_run_delete_results() returns trigger language plpgsql as $$
begin
    delete from test_result where run_id = old.id;
    return old;
end
$$;
create trigger test_run_delete_results after delete on test_run
    for each row execute function test_run_delete_results();

-- Per-suite counts of a run, kept at upload so the results page never counts rows.
create table test_run_suite (
    run_id      bigint        not null references test_run (id) on delete cascade,
    suite       varchar(1000) not null,
    tests       int           not null default 0,
    passed      int           not null default 0,
    failed      int           not null default 0,
    errored     int           not null default 0,
    skipped     int           not null default 0,
    duration_ms bigint        not null default 0,
    primary key (run_id, suite)
);

-- Where a failure was seen: occurrences per session, kept up to date at each upload.
create table failure_occurrence (
    failure_id    bigint      not null references failure (id) on delete cascade,
    session_id    bigint      not null references test_session (id) on delete cascade,
    occurrences   bigint      not null default 0,
    first_seen_at timestamptz not null,
    last_seen_at  timestamptz not null,
    primary key (failure_id, session_id)
);
create index failure_occurrence_session_idx on failure_occurrence (session_id);

-- Which tests a failure hit, so "affected tests" is an index read, not a scan of results.
create table failure_test (
    failure_id    bigint        not null references failure (id) on delete cascade,
    test_key      varchar(1000) not null,
    file          varchar(1000),
    occurrences   bigint        not null default 0,
    last_seen_at  timestamptz   not null,
    primary key (failure_id, test_key)
);

-- A failure's history: first seen, reopened, resolved, status changes, comments from GitHub.
create table failure_event (
    id          bigint primary key,
    failure_id  bigint       not null references failure (id) on delete cascade,
    occurred_at timestamptz  not null,
    kind        varchar(32)  not null,
    note        text,
    actor       varchar(64),
    session_id  bigint references test_session (id) on delete set null
);
create index failure_event_failure_idx on failure_event (failure_id, occurred_at);
