-- An upload that meets new failures adds a failure_test row per failing test (5,044 in bench/ingest's report), and the
-- foreign key checked each of them with a query of its own: 63 of the 160 ms the insert took (EXPLAIN ANALYZE,
-- docs/PERFORMANCE.md). Rows are written only for failures their writer holds (an upload locks its failures before
-- linking their tests, an imported log has just written its failure), as test_result's run_id has no foreign key for
-- the same reason. What the key did besides, taking a failure's tests with it when it goes, one statement-level
-- trigger does for all the failures a statement deletes.
alter table failure_test drop constraint failure_test_failure_id_fkey;

create function failure_test_cascade() returns trigger language plpgsql as $$
begin
    delete from failure_test t using gone g where t.failure_id = g.id;
    return null;
end
$$;
create trigger failure_test_cascade after delete on failure referencing old table as gone
    for each statement execute function failure_test_cascade();

-- An upload of known failures updates a failure_test row for each failing test (occurrences, last seen). With full
-- pages every update wrote a new index entry for its long key; with room on the page it stays on it (HOT) and touches
-- no index: 71-152 ms against 164-285 ms for 5,044 rows on the bench's data (load 10, six rounds each). Pages written
-- from now on keep that room; the table is small next to test_result.
alter table failure_test set (fillfactor = 50);
