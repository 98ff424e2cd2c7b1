-- Follow-ups (issue 15): an analysis's prevention turned into actions with an owner, a due date and a status, so
-- whether the prevention happened can be told and reported on. Failures and analyses get an owner too.

create sequence follow_up_seq increment by 50;

create table follow_up (
    id                 bigint primary key,
    analysis_id        bigint       not null references analysis (id) on delete cascade,
    title              varchar(300) not null,
    description        text,
    kind               varchar(20)  not null,
    owner_id           bigint references app_user (id),
    due_on             date,
    priority           varchar(10)  not null,
    status             varchar(20)  not null,
    -- why it was not done (required for WONT_DO), or a note on closing
    status_reason      text,
    -- what did it: a fix of the app, and/or a pull request, commit or link as written
    done_by_fix_id     bigint references fix (id) on delete set null,
    done_by_ref        varchar(500),
    created_by         varchar(100),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    closed_at          timestamptz,
    -- the day the daily job found it overdue (once per due date)
    overdue_noticed_on date,
    version            bigint       not null default 0,
    constraint follow_up_kind_check check (kind in ('PREVENTION', 'DETECTION', 'MITIGATION', 'PROCESS')),
    constraint follow_up_priority_check check (priority in ('P0', 'P1', 'P2', 'P3')),
    constraint follow_up_status_check check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'WONT_DO'))
);
create index follow_up_analysis_idx on follow_up (analysis_id);
-- "my open follow-ups by due date" and the overdue count/job read only open ones
create index follow_up_open_due_idx on follow_up (due_on, id) where status in ('OPEN', 'IN_PROGRESS');
create index follow_up_open_owner_idx on follow_up (owner_id, due_on) where status in ('OPEN', 'IN_PROGRESS');

alter table failure add column owner_id bigint references app_user (id);
create index failure_owner_idx on failure (owner_id) where owner_id is not null;
alter table analysis add column owner_id bigint references app_user (id);
create index analysis_owner_idx on analysis (owner_id) where owner_id is not null;
create index analysis_draft_creator_idx on analysis (created_by) where status = 'DRAFT';
