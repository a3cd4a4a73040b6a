-- A plan belongs to its commitment's mission, as every other item of a commitment does: the process code checks the
-- mission of what it loads against the mission of its process (mission.MissionScopeCheck).
alter table implementation_plan add column mission_code varchar(20);
update implementation_plan set mission_code = (
    select c.mission_code from commitment c where c.id = implementation_plan.commitment_id);
alter table implementation_plan alter column mission_code set not null;
