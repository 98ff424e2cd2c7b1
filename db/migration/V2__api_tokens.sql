-- Personal API tokens for CI and tools. Only a SHA-256 of the token is kept; the token itself is shown once.
create sequence api_token_seq increment by 50;

create table api_token (
    id           bigint primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
