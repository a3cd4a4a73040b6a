-- The overdue view (org.wps.commitments.overdue, issue 5): each kind of row is found through an index that
-- starts with the mission (every query is limited to the caller's missions) and ends with the due date (the
-- buckets and the sort). The indexes they extend are dropped: their columns are a prefix of the new ones.

-- open commitments past their stage's due date; by party for the party filter
create index idx_commitment_mission_stage_due on commitment (mission_code, stage, stage_due_date);
create index idx_commitment_party_stage_due on commitment (party_code, stage, stage_due_date);
drop index idx_commitment_mission_stage;

-- plan activities: (mission_code, status, deadline) exists as idx_activity_mission_status; the pillar filter
create index idx_activity_mission_pillar_deadline on plan_activity (mission_code, pillar, deadline);

-- open escalation levels past due; the level of a commitment's own items
create index idx_escalation_open_due on escalation (mission_code, closed_at, due_at);
create index idx_escalation_commitment_open on escalation (commitment_id, closed_at);
drop index idx_escalation_open;

-- monitoring reviews still owed past their due date
create index idx_monitoring_review_mission_due on monitoring_review (mission_code, status, due_date);
drop index idx_monitoring_review_mission;
