-- Webhook deliveries that cannot hold up the others (issue 10).

-- Payloads byte for byte (any valid JSON fits, \u0000 and all); each delivery retried on its own with backoff,
-- then marked failed with its reason, never holding up the ones after it.
alter table webhook_delivery alter column payload type bytea using convert_to(payload, 'UTF8');
alter table webhook_delivery add column attempts int not null default 0;
alter table webhook_delivery add column next_attempt_at timestamptz;
alter table webhook_delivery add column failed_at timestamptz;
alter table webhook_delivery add column last_error text;
update webhook_delivery set next_attempt_at = received_at;
alter table webhook_delivery alter column next_attempt_at set not null;
drop index webhook_delivery_pending_idx;
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, id)
    where processed_at is null and failed_at is null;
