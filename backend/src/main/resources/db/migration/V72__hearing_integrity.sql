-- Hearings (docs/hearings.md), integrity: one scheduled hearing per case by the database, and rooms that can be
-- edited and deactivated. Portable SQL (PostgreSQL and IvorySQL Oracle mode).
--
-- scheduled_case_id holds the case id while the hearing is SCHEDULED and is null otherwise (cancelled, postponed,
-- concluded). A plain unique constraint on it lets at most one scheduled hearing per case exist, whichever of two
-- concurrent bookings commits first: the second insert waits on the key and then fails. Null keys never collide, on
-- PostgreSQL and in Oracle (and so IvorySQL's Oracle mode) alike, so no partial index is needed. The check keeps the
-- key honest: only a SCHEDULED hearing may hold it, and only its own case's id.
alter table hearing add scheduled_case_id bigint;
update hearing set scheduled_case_id = case_id where status = 'SCHEDULED';
alter table hearing add constraint hearing_scheduled_case_uk unique (scheduled_case_id);
alter table hearing add constraint hearing_scheduled_case_ck check (
    scheduled_case_id is null or (status = 'SCHEDULED' and scheduled_case_id = case_id));
