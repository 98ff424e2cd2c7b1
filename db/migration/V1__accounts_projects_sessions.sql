-- Accounts, projects and test sessions: the foundation every later record hangs off.

-- Hibernate allocates ids in blocks of 50 from one sequence per table ({table}_seq).
create sequence app_user_seq increment by 50;
create sequence project_seq increment by 50;
create sequence test_session_seq increment by 50;
create sequence session_phase_seq increment by 50;
create sequence phase_suite_seq increment by 50;
create sequence success_criterion_seq increment by 50;
create sequence log_entry_seq increment by 50;

create table app_user (
    id            bigint primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(100) not null,
    role          varchar(16)  not null check (role in ('admin', 'engineer', 'manager')),
    active        boolean      not null default true,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

create table project (
    id                bigint primary key,
    name              varchar(120) not null,
    slug              varchar(60)  not null unique,
    github_repository varchar(140),
    default_labels    varchar(500) not null default '',
    created_at        timestamptz  not null,
    version           bigint       not null default 0
);

create table test_session (
    id                   bigint primary key,
    project_id           bigint       not null references project (id),
    title                varchar(300) not null,
    mission              text,
    environment          varchar(60),
    status               varchar(16)  not null check (status in ('PLANNED', 'RUNNING', 'PASSED', 'FAILED', 'BLOCKED')),
    started_at           timestamptz,
    ended_at             timestamptz,
    target               text,
    performance_target   varchar(300),
    -- Money is integer minor units plus an ISO currency code, never floating point.
    impact_amount_minor  bigint check (impact_amount_minor >= 0),
    impact_currency      varchar(3),
    impact_basis         varchar(3) check (impact_basis in ('MRR', 'ARR')),
    impact_note          text,
    continues_session_id bigint references test_session (id),
    created_by           varchar(64),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    check (ended_at is null or started_at is null or ended_at >= started_at)
);
create index test_session_project_status_idx on test_session (project_id, status);
create index test_session_started_idx on test_session (started_at desc nulls last, id desc);
create index test_session_continues_idx on test_session (continues_session_id);

create table session_phase (
    id          bigint primary key,
    session_id  bigint       not null references test_session (id) on delete cascade,
    position    int          not null,
    name        varchar(200) not null,
    priority    varchar(20),
    description text
);
create index session_phase_session_idx on session_phase (session_id, position);

create table phase_suite (
    id             bigint primary key,
    phase_id       bigint       not null references session_phase (id) on delete cascade,
    position       int          not null,
    path           varchar(500) not null,
    expected_count int check (expected_count >= 0),
    description    text
);
create index phase_suite_phase_idx on phase_suite (phase_id, position);

create table success_criterion (
    id         bigint primary key,
    session_id bigint       not null references test_session (id) on delete cascade,
    position   int          not null,
    text       varchar(500) not null,
    state      varchar(8)   not null default 'OPEN' check (state in ('OPEN', 'MET', 'MISSED'))
);
create index success_criterion_session_idx on success_criterion (session_id, position);

create table log_entry (
    id          bigint primary key,
    session_id  bigint       not null references test_session (id) on delete cascade,
    occurred_at timestamptz  not null,
    title       varchar(300) not null,
    body        text         not null default '',
    author      varchar(64),
    created_at  timestamptz  not null
);
create index log_entry_session_idx on log_entry (session_id, occurred_at, id);
