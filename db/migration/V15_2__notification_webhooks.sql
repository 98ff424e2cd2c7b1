-- Outgoing notification webhooks per project (issue 15): where to send, the secret that signs each body, which events;
-- and their deliveries, an outbox the sender drains outside any transaction, with retries and the answers it got.

create sequence notification_hook_seq increment by 50;
create sequence notification_delivery_seq increment by 50;

create table notification_hook (
    id         bigint primary key,
    project_id bigint        not null references project (id) on delete cascade,
    url        varchar(2000) not null,
    secret     varchar(200)  not null,
    -- the NotificationEvent names it is sent, comma-separated
    events     varchar(200)  not null,
    created_by varchar(64),
    created_at timestamptz   not null
);
create index notification_hook_project_idx on notification_hook (project_id);

create table notification_delivery (
    id              bigint primary key,
    hook_id         bigint       not null references notification_hook (id) on delete cascade,
    event           varchar(40)  not null,
    payload         text         not null,
    state           varchar(12)  not null check (state in ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    claimed_until   timestamptz,
    response_status int,
    response_body   varchar(2000),
    last_error      varchar(2000),
    created_at      timestamptz  not null,
    delivered_at    timestamptz
);
-- the sender's claim: due pending ones, or ones whose sender died while sending
create index notification_delivery_due_idx on notification_delivery (next_attempt_at, id) where state in ('PENDING', 'SENDING');
create index notification_delivery_hook_idx on notification_delivery (hook_id, id desc);
