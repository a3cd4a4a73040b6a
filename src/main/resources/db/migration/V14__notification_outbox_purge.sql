-- Sent mail bodies are purged after a retention (commitments.notifications.purge.retention, default 30 days): the
-- subject and body of a sent (or given-up) row become null and purged_at says when; the row's key, recipient,
-- status, attempts and timestamps stay, so that "who was told what kind of thing, when" can still be answered.
-- Pending rows are never purged: they still have to be sent.
alter table notification_outbox alter column subject drop not null;
alter table notification_outbox alter column body drop not null;
alter table notification_outbox add column purged_at timestamp with time zone;
-- the purge: sent rows by the time they were sent
create index idx_notification_outbox_sent on notification_outbox (status, sent_at);
