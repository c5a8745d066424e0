-- 管辖异议 upheld → the case is transferred to the competent committee (移送, status TRANSFERRED 已移送管辖; Challenges,
-- JurisdictionObjections in docs/arbitration.md). A migration of its own rather than an edit of V56, so that databases
-- that already ran V56 keep their checksum.
alter table arbitration_case drop constraint arbitration_case_status_ck;
alter table arbitration_case add constraint arbitration_case_status_ck
    check (status in ('RECEIVED', 'AWAITING_SUPPLEMENT', 'ACCEPTED', 'REFUSED', 'TRIBUNAL_COMPOSED',
                      'AWARDED', 'MEDIATED', 'WITHDRAWN', 'TRANSFERRED'));
