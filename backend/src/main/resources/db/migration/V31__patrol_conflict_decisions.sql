-- Conflicts of interest (回避) with an employer for the patrol draw (docs/inspection.md, "Conflicts of interest"):
-- declared by the inspector (or recorded for him by a leader), confirmed or withdrawn by a leader of the employer's
-- office. The draw reads the DECLARED and CONFIRMED ones; a withdrawn one is kept for the record and may be declared
-- again (the same row: one per inspector and employer).
alter table patrol_conflict add column state varchar(20) default 'DECLARED' not null;
alter table patrol_conflict add column decided_by varchar(50);
alter table patrol_conflict add column decided_at timestamp with time zone;
alter table patrol_conflict add column decision_note varchar(200);
alter table patrol_conflict add column version integer default 0 not null;
alter table patrol_conflict add constraint patrol_conflict_state_ck check (state in ('DECLARED', 'CONFIRMED', 'WITHDRAWN'));
create index patrol_conflict_employer_ix on patrol_conflict (employer_id);
