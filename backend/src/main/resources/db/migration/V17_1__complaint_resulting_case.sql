-- The inspection case an accepted complaint became (docs/inspection.md, "Opening a case"): its id beside the number
-- kept in complaint.case_reference, so GET /api/complaints/{id} answers resultingCase {id, number}. No foreign key:
-- intake does not depend on the inspection module's tables.
alter table complaint add resulting_case_id bigint;
