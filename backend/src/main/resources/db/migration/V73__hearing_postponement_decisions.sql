-- Postponement decisions as documents (docs/hearings.md): the tribunal's decision on a 延期开庭申请 issues a
-- 延期开庭通知书 (granted) or a 不予延期开庭通知书 (refused) through the documents kernel; the request keeps its id.
-- A request still waiting when its hearing is cancelled, moved, postponed on another request or concluded is closed
-- as LAPSED (已失效) with the reason in decision_note. Portable SQL.
alter table hearing_postponement drop constraint hearing_postponement_status_ck;
alter table hearing_postponement add constraint hearing_postponement_status_ck
    check (status in ('REQUESTED', 'GRANTED', 'REFUSED', 'LAPSED'));
alter table hearing_postponement add decision_document_id bigint;
