-- A drawn patrol whose employer an administrator moved to another grid follows the employer (docs/inspection.md,
-- "Patrols and written review"): the new grid's inspectors record it, the drawn pair (of the old grid) no longer
-- does. The draw's own record (grid of the plan, the pair) stays as drawn, so a re-run of the draw still matches.
alter table patrol_plan_item add column moved_grid_code varchar(20);
alter table patrol_plan_item add column moved_office_code varchar(20);
alter table patrol_plan_item add column moved_by varchar(50);
alter table patrol_plan_item add column moved_at timestamp with time zone;
