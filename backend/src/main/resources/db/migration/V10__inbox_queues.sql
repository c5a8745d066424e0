-- The inbox at volume (issue 8, "Inbox at volume"): measured with 150,000 open and 1,000,000 closed tasks, the page
-- took 178 ms p50 / 420 ms p95 because candidate rows carried no state (the join went through every closed task's
-- candidate rows), the group branch scanned every open unassigned task, and every page counted them all.
--
-- Each candidate row now carries what the inbox sorts and filters the group queue by, kept in step with wf_task by
-- the task index listener: the queue state (POOL: open and unclaimed, the only rows a group's inbox shows; HELD:
-- open and claimed; ENDED), the process, the due date and the creation time. One index then serves "this group's
-- unclaimed tasks by due date, first N" as a range scan that stops after N rows; another serves "my open tasks by
-- due date". Closed tasks stay in both tables (history, visibility of ended tasks) but outside both ranges.
alter table wf_task_candidate add column queue_state varchar(10);
alter table wf_task_candidate add column process_definition_key varchar(255);
alter table wf_task_candidate add column due_at timestamp with time zone;
alter table wf_task_candidate add column created_at timestamp with time zone;

update wf_task_candidate
   set queue_state = (select case when t.status <> 'OPEN' then 'ENDED' when t.assignee is null then 'POOL' else 'HELD' end
                        from wf_task t where t.id = wf_task_candidate.task_id),
       process_definition_key = (select t.process_definition_key from wf_task t where t.id = wf_task_candidate.task_id),
       due_at = (select t.due_at from wf_task t where t.id = wf_task_candidate.task_id),
       created_at = (select t.created_at from wf_task t where t.id = wf_task_candidate.task_id);

-- PostgreSQL syntax (an Oracle-compatible server takes "modify (queue_state not null)")
alter table wf_task_candidate alter column queue_state set not null;
alter table wf_task_candidate alter column created_at set not null;
alter table wf_task_candidate add constraint wf_task_candidate_state_ck check (queue_state in ('POOL', 'HELD', 'ENDED'));

drop index wf_task_candidate_group_ix;
create index wf_task_candidate_queue_ix
    on wf_task_candidate (group_id, queue_state, due_at, created_at, task_id, process_definition_key);

-- "mine": the assignee first (a person's own rows are few), then the page's order
drop index wf_task_open_assignee_ix;
create index wf_task_mine_ix on wf_task (assignee, status, due_at, created_at, id);
