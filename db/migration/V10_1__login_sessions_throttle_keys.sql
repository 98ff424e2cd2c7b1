-- Logins live here, not in a self-contained cookie: the cookie holds a random id (only its SHA-256 is kept), so
-- logging out, a password change or a deactivation ends a login on every copy of the app at once. Each login has its
-- own CSRF token, which every state-changing page request must send back.
create sequence login_session_seq increment by 50;

create table login_session (
    id           bigint primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    token_hash   varchar(64) not null unique,
    csrf_token   varchar(64) not null,
    created_at   timestamptz not null,
    last_seen_at timestamptz not null
);
create index login_session_user_idx on login_session (user_id);
create index login_session_seen_idx on login_session (last_seen_at);

-- Failed logins per username ('user:…') and per client address ('address:…'), shared by every copy of the app.
create table login_failure (
    subject         varchar(120) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

-- Keys the app makes itself at its first start (e.g. the one that signs flash messages); every copy reads the same.
create table app_key (
    name       varchar(50) primary key,
    secret     bytea       not null,
    created_at timestamptz not null
);
