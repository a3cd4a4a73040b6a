-- The overdue view's first page (issue 8, W2): open commitments past due are listed oldest first, 50 at a time.
-- With the indexes of V7 the database read every late commitment of the caller's missions and sorted them all
-- before keeping 50 (about 65 ms at 100,000 open commitments on H2). This index is in the page's order (due date,
-- then id), so the first 50 are read in order and the scan stops there; mission and stage follow so that counting
-- the late commitments reads the index alone. It replaces the due-date index of V1, a prefix of it.
create index idx_commitment_due_order on commitment (stage_due_date, id, mission_code, stage);
drop index idx_commitment_stage_due;
