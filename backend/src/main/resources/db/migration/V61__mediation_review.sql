-- The arbitration committee's review of a mediation agreement (调解协议的仲裁审查, 劳动人事争议仲裁办案规则 §74 ff.,
-- docs/mediation.md): one row per case once both parties jointly applied; the committee's director reviews it or
-- assigns an arbitrator of the office; the decision confirms it (仲裁调解书) or refuses it (不予制作调解书, §78).
-- Portable SQL (PostgreSQL and IvorySQL Oracle mode).

alter table mediation_case drop constraint mediation_case_status_ck;
alter table mediation_case add constraint mediation_case_status_ck check (status in
    ('REFERRED', 'REGISTERED', 'AGREED', 'TERMINATED', 'FAILED', 'CONFIRMATION_REQUESTED', 'CONFIRMED',
     'CONFIRMATION_REFUSED'));

create table mediation_review (
    case_id       bigint        primary key references mediation_case (id),
    office_code   varchar(20)   not null,
    applied_on    date          not null,
    -- the 5 days of the review (deadline rule MEDIATION_REVIEW)
    deadline_id   bigint        not null,
    -- the arbitrator the director assigned; null while the director holds it
    reviewer      varchar(50),
    assigned_by   varchar(50),
    -- null while pending; CONFIRMED or REFUSED
    decision      varchar(20),
    decided_on    date,
    reasons       varchar(2000),
    decided_by    varchar(50),
    decided_at    timestamp with time zone,
    version       integer       not null default 0,
    constraint mediation_review_decision_ck check (decision is null or decision in ('CONFIRMED', 'REFUSED'))
);

create index mediation_review_reviewer_ix on mediation_review (reviewer, decision);
create index mediation_review_office_ix on mediation_review (office_code, decision);
