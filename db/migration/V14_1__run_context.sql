-- Where an uploaded report comes from (issue 14): the commit, branch, CI job and environment CI gives with the upload.
-- Kept on the run, not on each result: one run holds all of a report's results, and a test's history reads them
-- through its run.
alter table test_run add column commit_sha  varchar(64);
alter table test_run add column branch      varchar(255);
alter table test_run add column ci_job      varchar(300);
alter table test_run add column ci_job_url  varchar(1000);
alter table test_run add column environment varchar(100);
-- Runs of one commit in a project: a test that passed and failed on the same commit is flaky.
create index test_run_commit_idx on test_run (commit_sha, session_id) where commit_sha is not null;
