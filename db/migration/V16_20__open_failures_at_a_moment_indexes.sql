-- The impact page's open failures now and when its period began, by severity (issue 16), read one pass over every
-- failure and every status change: 2.9 ms a view at 1M results. A failure is at the period's start as it is now unless
-- it was first seen, resolved or changed status after it, so the page reads the open failures from an index and works
-- out again only those few (impact/FailureFigures).

-- The open failures by project and severity, with when each was first seen: read without the table.
create index failure_open_severity_idx on failure (project_id, severity) include (first_seen_at)
    where status <> 'RESOLVED';

-- The failures resolved after a moment.
create index failure_resolved_at_idx on failure (resolved_at) where resolved_at is not null;

-- The status changes: those after a moment, and a failure's latest by then and first after it.
create index failure_event_changed_idx on failure_event (occurred_at) include (failure_id)
    where kind in ('RESOLVED', 'REOPENED', 'STATUS_CHANGED');
create index failure_event_status_changes_idx on failure_event (failure_id, occurred_at, id)
    where kind in ('RESOLVED', 'REOPENED', 'STATUS_CHANGED');
