-- When a compliance concern's open step is due, so that the overdue view lists late assessments and late
-- decisions on referred concerns from the domain, as it does for every other late item.
alter table compliance_concern add column assessment_due_at timestamp with time zone;
alter table compliance_concern add column action_due_at timestamp with time zone;
create index idx_compliance_concern_open on compliance_concern (mission_code, status);
