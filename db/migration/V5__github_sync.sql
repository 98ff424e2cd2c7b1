-- GitHub sync: links between records and GitHub, the outbox of pending writes, webhook deliveries.

create sequence github_link_seq increment by 50;
create sequence sync_job_seq increment by 50;
create sequence webhook_delivery_seq increment by 50;

-- Which record lives in which issue, pull request or comment.
create table github_link (
    id             bigint primary key,
    record_kind    varchar(20)  not null,
    record_id      bigint       not null,
    link_kind      varchar(20)  not null check (link_kind in ('ISSUE', 'COMMENT', 'PR_COMMENT')),
    repository     varchar(140) not null,
    number         int          not null,
    comment_id     bigint,
    url            varchar(500) not null,
    state          varchar(10),
    body_hash      varchar(64),
    last_synced_at timestamptz  not null,
    unique (record_kind, record_id, link_kind)
);
create index github_link_issue_idx on github_link (repository, number);

-- The outbox: one row per pending GitHub write, written in the same transaction as the change.
create table sync_job (
    id              bigint primary key,
    kind            varchar(30)  not null,
    target_id       bigint       not null,
    idempotency_key varchar(200) not null,
    state           varchar(10)  not null check (state in ('PENDING', 'DONE', 'FAILED', 'CANCELLED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    dry_run_output  text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
-- At most one pending job per key: a burst of edits to one record becomes one write.
create unique index sync_job_pending_key_idx on sync_job (idempotency_key) where state = 'PENDING';
create index sync_job_due_idx on sync_job (next_attempt_at) where state = 'PENDING';
create index sync_job_recent_idx on sync_job (updated_at desc);

-- What GitHub last said about our request budget (one row), and until when it told us to stop.
create table github_rate_limit (
    id            int primary key check (id = 1),
    remaining     int,
    quota         int,
    reset_at      timestamptz,
    observed_at   timestamptz,
    blocked_until timestamptz
);

-- Every webhook delivery GitHub sent, stored before it is processed, deduplicated by its delivery id.
create table webhook_delivery (
    id           bigint primary key,
    delivery_id  varchar(100) not null unique,
    event        varchar(50)  not null,
    action       varchar(50),
    payload      text         not null,
    received_at  timestamptz  not null,
    processed_at timestamptz,
    outcome      text
);
create index webhook_delivery_pending_idx on webhook_delivery (received_at) where processed_at is null;

alter table project add column github_auto_severity varchar(8)
    check (github_auto_severity in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW'));
