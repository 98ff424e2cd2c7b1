-- Five-whys analyses with their edit history, the fixes they lead to, and each fix's compliance audits and
-- stability validations (which together decide whether the fix may be deployed).

create sequence root_cause_category_seq increment by 50;
create sequence analysis_seq increment by 50;
create sequence analysis_why_seq increment by 50;
create sequence analysis_revision_seq increment by 50;
create sequence fix_seq increment by 50;
create sequence fix_file_seq increment by 50;
create sequence fix_test_seq increment by 50;
create sequence compliance_audit_seq increment by 50;
create sequence audit_check_seq increment by 50;
create sequence stability_validation_seq increment by 50;
create sequence stability_check_seq increment by 50;

-- Admins manage the list; a category in use is retired (inactive) rather than deleted, so old analyses keep it.
create table root_cause_category (
    id         bigint primary key,
    name       varchar(80) not null,
    position   int         not null,
    active     boolean     not null default true,
    created_at timestamptz not null
);
create unique index root_cause_category_name_idx on root_cause_category (lower(name));

-- Ids come from the sequence, so Hibernate's pooled ids (fetched after these) never collide with them.
insert into root_cause_category (id, name, position, created_at)
select nextval('root_cause_category_seq'), seed.name, seed.position, now()
from (values ('dependency/import', 1), ('configuration', 2), ('deployment', 3), ('infrastructure', 4),
             ('code defect', 5), ('test defect', 6), ('data', 7), ('third party', 8)) as seed (name, position);

-- Started from a failure, or from a session when no single failure explains what happened.
create table analysis (
    id                  bigint primary key,
    project_id          bigint      not null references project (id),
    failure_id          bigint references failure (id),
    session_id          bigint references test_session (id),
    problem_statement   text,
    root_cause          text,
    category_id         bigint references root_cause_category (id),
    fix_identified      text,
    prevention_strategy text,
    status              varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'COMPLETE', 'VERIFIED')),
    created_by          varchar(64),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    completed_at        timestamptz,
    verified_at         timestamptz,
    version             bigint      not null default 0,
    check (failure_id is not null or session_id is not null)
);
create index analysis_failure_idx on analysis (failure_id, created_at desc);
create index analysis_session_idx on analysis (session_id, created_at desc);
create index analysis_category_idx on analysis (project_id, category_id);
create index analysis_created_idx on analysis (created_at desc, id desc);

-- The chain of whys in order. No unique (analysis, position): rows are renumbered in place when whys move.
create table analysis_why (
    id            bigint primary key,
    analysis_id   bigint not null references analysis (id) on delete cascade,
    position      int    not null,
    answer        text   not null,
    evidence_kind varchar(12) check (evidence_kind in ('NOTE', 'LINK', 'TEST_RESULT', 'LOG_ENTRY')),
    evidence      text,
    check ((evidence is null) = (evidence_kind is null))
);
create index analysis_why_analysis_idx on analysis_why (analysis_id, position);

-- Who changed what and when: one row per save, its summary a readable line per changed field.
create table analysis_revision (
    id          bigint primary key,
    analysis_id bigint      not null references analysis (id) on delete cascade,
    revised_at  timestamptz not null,
    author      varchar(64),
    summary     text        not null
);
create index analysis_revision_analysis_idx on analysis_revision (analysis_id, revised_at, id);

create table fix (
    id                      bigint primary key,
    analysis_id             bigint      not null references analysis (id) on delete cascade,
    summary                 text        not null,
    commit_sha              varchar(40),
    branch                  varchar(255),
    pull_request_repository varchar(140),
    pull_request_number     int check (pull_request_number > 0),
    status                  varchar(10) not null check (status in ('PROPOSED', 'MERGED', 'DEPLOYED', 'VERIFIED')),
    recorded_by             varchar(64),
    recorded_at             timestamptz not null,
    updated_at              timestamptz not null,
    verified_at             timestamptz,
    verified_session_id     bigint references test_session (id) on delete set null,
    -- Why the fix is, or is no longer, verified: the passing session, or the failure coming back.
    verification_note       text,
    version                 bigint      not null default 0,
    check ((pull_request_number is null) = (pull_request_repository is null))
);
create index fix_analysis_idx on fix (analysis_id, recorded_at);
-- Each results upload looks for fixes waiting to be verified.
create index fix_awaiting_verification_idx on fix (status) where status in ('MERGED', 'DEPLOYED');

create table fix_file (
    id          bigint primary key,
    fix_id      bigint        not null references fix (id) on delete cascade,
    position    int           not null,
    path        varchar(1000) not null,
    -- Canonical LineRanges text, e.g. "2352-2353, 2465-2466"; empty when the lines are not known.
    line_ranges varchar(2000) not null default ''
);
create index fix_file_fix_idx on fix_file (fix_id, position);

create table fix_test (
    id       bigint primary key,
    fix_id   bigint        not null references fix (id) on delete cascade,
    position int           not null,
    path     varchar(1000) not null,
    kind     varchar(30)   not null
);
create index fix_test_fix_idx on fix_test (fix_id, position);

create table compliance_audit (
    id             bigint primary key,
    fix_id         bigint       not null references fix (id) on delete cascade,
    kind           varchar(60)  not null,
    -- The auditor's own overall score; null means the score derived from the checks is the overall one.
    override_score int check (override_score between 0 and 100),
    verdict        text,
    recommendation varchar(24)  not null
        check (recommendation in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED')),
    report_path    varchar(1000),
    auditor        varchar(100),
    recorded_by    varchar(64),
    recorded_at    timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index compliance_audit_fix_idx on compliance_audit (fix_id, recorded_at desc, id desc);

create table audit_check (
    id       bigint primary key,
    audit_id bigint       not null references compliance_audit (id) on delete cascade,
    position int          not null,
    name     varchar(200) not null,
    score    int check (score between 0 and 100),
    outcome  varchar(4)   not null check (outcome in ('PASS', 'WARN', 'FAIL')),
    note     text
);
create index audit_check_audit_idx on audit_check (audit_id, position);

create table audit_condition (
    audit_id bigint        not null references compliance_audit (id) on delete cascade,
    position int           not null,
    text     varchar(1000) not null,
    primary key (audit_id, position)
);

create table stability_validation (
    id          bigint primary key,
    fix_id      bigint      not null references fix (id) on delete cascade,
    risk_level  varchar(6)  not null check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    readiness   varchar(14) not null check (readiness in ('GO', 'CONDITIONAL_GO', 'NO_GO')),
    notes       text,
    recorded_by varchar(64),
    recorded_at timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create index stability_validation_fix_idx on stability_validation (fix_id, recorded_at desc, id desc);

create table stability_check (
    id            bigint primary key,
    validation_id bigint       not null references stability_validation (id) on delete cascade,
    position      int          not null,
    name          varchar(200) not null,
    outcome       varchar(4)   not null check (outcome in ('PASS', 'WARN', 'FAIL')),
    measurement   varchar(300)
);
create index stability_check_validation_idx on stability_check (validation_id, position);
