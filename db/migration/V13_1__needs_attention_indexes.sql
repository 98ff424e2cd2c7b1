-- What the impact page's changes against the previous period and its "Needs attention" list read, so that each is an
-- index read however many sessions, results and failures pile up.

-- Failures that came back (reopened by a test run) in a period: counted, and listed the latest first.
create index failure_event_came_back_idx on failure_event (occurred_at, failure_id)
    where kind = 'REOPENED' and session_id is not null;

-- Fixes not yet verified, the latest changed first ("Fixes in flight", NO GO fixes, fixes waiting to be deployed).
create index fix_unverified_idx on fix (updated_at desc, id desc) where status <> 'VERIFIED';

-- Analyses complete and waiting for a fix.
create index analysis_complete_idx on analysis (completed_at) where status = 'COMPLETE';

-- Failures still open, by first sighting (open longer than a week without an analysis) and the recurring ones.
create index failure_open_first_seen_idx on failure (first_seen_at) where status <> 'RESOLVED';
create index failure_open_recurring_idx on failure (project_id) where recurring and status <> 'RESOLVED';
