-- Issue 10, homes and task lists. Portable DDL (PostgreSQL and IvorySQL's Oracle mode): no "on conflict", no casts.

-- Overdue notices (docs/notifications.md, "Overdue notices"): one row per item that went overdue and was announced to
-- its holder and the office's leaders. The primary key is the guard that makes the notice exactly-once across
-- restarts and nodes: the scan inserts the marker and writes the notices in one transaction; a second node that
-- reaches the same item blocks on the key until the first commits, then fails with a duplicate key and rolls back
-- its notices. The due instant is part of the key: an item whose due date moved later and that went overdue again
-- is announced again.
create table overdue_notice (
    item_type    varchar(20)  not null,
    item_id      varchar(100) not null,
    due_at       timestamp with time zone not null,
    office_code  varchar(20),
    title        varchar(200) not null,
    notified_at  timestamp with time zone not null,
    recipients   integer      not null,
    constraint overdue_notice_pk primary key (item_type, item_id, due_at),
    constraint overdue_notice_type_ck check (item_type in ('TASK', 'DEADLINE'))
);

-- The overdue scan and the leader's home read open tasks by due date through V1's wf_task_open_due_ix (status, due_at).

-- 已办: the tasks a person completed, newest first, a range scan that stops after a page.
create index wf_task_done_ix on wf_task (ended_by, status, ended_at, id);

-- 我发起的: who started which process (the intake clerk's registrations), written by ProcessStarter in the starting
-- transaction. The engine's history has a start user too, but no index on it; this is the inbox's read model, read
-- one page at a time through its index.
create table wf_process_start (
    process_instance_id    varchar(64)  primary key,
    process_definition_key varchar(255) not null,
    business_key           varchar(255),
    case_title             varchar(255),
    office_code            varchar(20),
    started_by             varchar(50)  not null,
    started_at             timestamp with time zone not null
);
create index wf_process_start_by_ix on wf_process_start (started_by, started_at, process_instance_id);
