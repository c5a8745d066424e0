-- Intake, issues 8 and 9: parties of a case, the duplicate check without the office-wide counter lock, idempotent
-- registration and the lookup of a worker's complaints by ID-card number. Portable SQL (no on conflict, no casts).

-- A party is a complainant (投诉人: his own rights, he gets the notices) or a reporter (举报人: confidential,
-- 劳动保障监察条例 §9 第三款). A report merged into a complaint, or the other way round, keeps each person's kind.
alter table complainant add column party_kind varchar(20) default 'COMPLAINANT' not null;
update complainant set party_kind = 'REPORTER'
 where exists (select 1 from complaint r where r.id = complainant.registration_id and r.kind = 'REPORT');
alter table complainant add constraint complainant_party_kind_ck check (party_kind in ('COMPLAINANT', 'REPORTER'));

-- A person is a party of a case once (same ID-card number). Earlier merges added people again; the first entry stays.
delete from complainant
 where exists (select 1 from complainant q
                where q.complaint_id = complainant.complaint_id
                  and q.id_number = complainant.id_number
                  and q.id < complainant.id);
create unique index complainant_person_uq on complainant (complaint_id, id_number);
-- "what happened to my complaints?": complaints by a party's ID-card number
create index complainant_id_number_ix on complainant (id_number, complaint_id);

-- One row per employer and matter, locked (select ... for update) by every registration about them while it checks
-- for an open duplicate: identical registrations queue here instead of behind the office's number counter, and
-- registrations about other employers do not wait at all. Created by the first registration (insert; a concurrent
-- second insert fails with a unique-key conflict and that registration is retried).
create table complaint_matter_guard (
    employer_id  bigint      not null references employer (id),
    category     varchar(30) not null,
    primary key (employer_id, category)
);

-- A registration's answer by the key its sender gave (the desk form's hidden key, the API's Idempotency-Key header):
-- a second submit with the same key gets the same answer and writes nothing.
create table registration_request (
    registered_by    varchar(50)   not null,
    idempotency_key  varchar(100)  not null,
    request_hash     varchar(64)   not null,
    answer           varchar(4000) not null,
    created_at       timestamp with time zone not null,
    primary key (registered_by, idempotency_key)
);
