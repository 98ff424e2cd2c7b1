-- Test results by month (issue 16): test_result becomes a table partitioned by the month its run was uploaded
-- (UTC), one partition per month, so results past FIVEWHYS_RESULT_RETENTION go by dropping whole partitions
-- instead of deleting rows. Runs, their per-suite counts and the failures keep their counts: they are other tables.
-- Sessions marked "keep" keep their results: before a month is dropped, their rows move to test_result_kept.

-- 1. The old table steps aside. Its identity sequence goes with it (a partitioned table in PostgreSQL 15 cannot
--    have an identity column); ids continue from a plain sequence, so existing ids stay valid.
alter table test_result rename to test_result_unpartitioned;
alter index test_result_pkey rename to test_result_unpartitioned_pkey;
alter table test_result_unpartitioned alter column id drop identity;
create sequence test_result_id_seq;
select setval('test_result_id_seq', coalesce((select max(id) from test_result_unpartitioned), 0) + 1, false);

-- 2. The partitioned table: the same columns, defaults and checks (whatever earlier migrations added), plus the
--    month. A row written without one (tests, one-off SQL) takes the month it is written in.
create table test_result (
    like test_result_unpartitioned including defaults including constraints,
    stored_month date not null default date_trunc('month', now() at time zone 'UTC')::date,
    primary key (id, stored_month)
) partition by range (stored_month);
alter table test_result alter column id set default nextval('test_result_id_seq');
alter sequence test_result_id_seq owned by test_result.id;

-- Kept sessions' rows from dropped months; their stored_month is '-infinity'.
create table test_result_kept partition of test_result for values from (minvalue) to ('1900-01-01');

-- 3. One partition per month, named test_result_yYYYYmMM. The app calls this ahead of time (this month and the next
--    two) and before an upload whose month has none; the advisory lock keeps two copies from creating it at once.
create function test_result_month_partition(month date) returns void language plpgsql as $$
declare
    first date := date_trunc('month', month)::date;
    name text := format('test_result_y%sm%s', to_char(first, 'YYYY'), to_char(first, 'MM'));
begin
    if to_regclass(name) is null then
        perform pg_advisory_xact_lock(hashtext('test_result_month_partition'));
        execute format('create table if not exists %I partition of test_result for values from (%L) to (%L)',
                       name, first, (first + interval '1 month')::date);
    end if;
end
$$;

do $$
declare m date;
begin
    for m in select distinct date_trunc('month', uploaded_at at time zone 'UTC')::date from test_run
             union select date_trunc('month', now() at time zone 'UTC')::date + i * interval '1 month'
                   from generate_series(0, 2) i loop
        perform test_result_month_partition(m);
    end loop;
end
$$;

-- 4. The rows move in with their run's month (rows whose run is gone were unreachable already).
insert into test_result
select r.*, date_trunc('month', t.uploaded_at at time zone 'UTC')::date
from test_result_unpartitioned r join test_run t on t.id = r.run_id;

-- 5. Every index the old table had (V3's and any a later migration added), now on the partitioned table: each
--    partition gets its own, and partitions created later get them too.
do $$
declare ix record;
begin
    for ix in select indexname, indexdef from pg_indexes
              where schemaname = current_schema() and tablename = 'test_result_unpartitioned'
                and indexname <> 'test_result_unpartitioned_pkey' loop
        execute format('drop index %I', ix.indexname);
        execute replace(ix.indexdef, 'test_result_unpartitioned', 'test_result');
    end loop;
end
$$;
drop table test_result_unpartitioned;

-- 6. Retention: which sessions keep their results, which runs lost theirs and when, and which months went.
alter table test_session add column keep_results boolean not null default false;
alter table test_run add column results_removed_at timestamptz;
create table result_removal (
    month      date        primary key,
    removed_at timestamptz not null
);
