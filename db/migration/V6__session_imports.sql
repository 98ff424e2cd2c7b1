-- Sessions imported from the teams' markdown logs, and what the report needs to write such a session back.

create sequence session_import_seq increment by 50;

-- One row per imported log. The fingerprint refuses the same log a second time, whichever project it goes to.
create table session_import (
    id          bigint primary key,
    session_id  bigint      not null unique references test_session (id) on delete cascade,
    fingerprint varchar(64) not null unique,
    -- The code page whose garbling was repaired on the way in, or null when the text was fine.
    repaired_charset varchar(20),
    imported_by varchar(64),
    imported_at timestamptz not null
);

-- Text of a log's own sections that no field holds (header notes, executive summary, notes, footer) is kept verbatim
-- in a timeline entry; this says which section it was, so the report writes it back where it stood.
create table log_entry_section (
    log_entry_id bigint primary key references log_entry (id) on delete cascade,
    section      varchar(10) not null
        check (section in ('HEADER', 'SUMMARY', 'PLAN', 'LOG', 'CRITERIA', 'NOTE', 'FOOTER'))
);

-- A link read from an imported log points at what the team made on GitHub by hand: a record may have several, the
-- sync never writes to them, and a pull request may be linked as such.
alter table github_link add column imported boolean not null default false;
alter table github_link drop constraint github_link_record_kind_record_id_link_kind_key;
create unique index github_link_record_idx on github_link (record_kind, record_id, link_kind) where not imported;
alter table github_link drop constraint github_link_link_kind_check;
alter table github_link add constraint github_link_link_kind_check
    check (link_kind in ('ISSUE', 'COMMENT', 'PR_COMMENT', 'PULL_REQUEST'));
create index github_link_record_list_idx on github_link (record_kind, record_id);
