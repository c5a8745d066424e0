package cn.laborcase.inspection.web;

import cn.laborcase.calendar.DaysLeft;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.inspection.InspectionCaseView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/inspection-cases/{id}}: the case for integrations. Codes beside their Chinese labels (an integration
 * matches codes, a person reads labels); personal data masked as on the page; no document content (the documents API
 * has it).
 *
 * @param deadlines every deadline of the case: {@code daysLeft} in calendar days (negative when overdue, null when
 *     paused or closed), {@code workingDaysLeft} on the working-day calendar
 */
record InspectionCaseJson(
        long id,
        String number,
        Origin origin,
        Employer employer,
        Place office,
        Place grid,
        String status,
        String statusLabel,
        String outcome,
        String outcomeLabel,
        String facts,
        BigDecimal amountOwed,
        Integer workersAffected,
        LocalDate filedOn,
        LocalDate dueDate,
        boolean extended,
        LocalDate closedOn,
        List<InspectionCaseView.Inspector> inspectors,
        List<InspectionCaseView.Worker> workers,
        List<Deadline> deadlines,
        List<Document> documents,
        List<Evidence> evidence,
        List<Step> timeline,
        int version) {

    record Origin(String code, String label, String detail, List<InspectionCaseView.LinkedComplaint> complaints) {}

    record Employer(long id, String name, String creditCode, String address) {}

    record Place(String code, String name) {}

    record Deadline(
            String rule,
            String legalBasis,
            LocalDate start,
            LocalDate dueDate,
            Integer daysLeft,
            Integer workingDaysLeft,
            boolean extended,
            int length,
            String unit,
            String status,
            String howComputed) {}

    record Document(long id, String type, String typeName, String number, String status, Instant issuedAt) {}

    record Evidence(
            long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt, String href) {}

    record Step(Instant at, String step, String label, String actorName, String detail) {}

    static InspectionCaseJson of(InspectionCaseView c) {
        return new InspectionCaseJson(
                c.id(),
                c.number(),
                new Origin(
                        c.origin().code(),
                        c.origin().label(),
                        c.origin().detail(),
                        c.origin().complaints()),
                new Employer(
                        c.employer().id(),
                        c.employer().name(),
                        c.employer().creditCode(),
                        c.employer().address()),
                new Place(c.officeCode(), c.officeName()),
                new Place(c.gridCode(), c.gridName()),
                c.status(),
                c.statusLabel(),
                c.outcome(),
                c.outcomeLabel(),
                c.facts(),
                c.amountOwed(),
                c.workersAffected(),
                c.filedOn(),
                c.dueDate(),
                c.extended(),
                c.closedOn(),
                c.inspectors(),
                c.workers(),
                c.deadlines().stream().map(d -> deadline(d, c)).toList(),
                c.documents().stream().map(InspectionCaseJson::document).toList(),
                c.evidence().stream()
                        .map(a -> new Evidence(
                                a.id(),
                                a.fileName(),
                                a.contentType(),
                                a.size(),
                                a.sha256(),
                                a.uploadedAt(),
                                "/inspection-cases/" + c.id() + "/evidence/" + a.id()))
                        .toList(),
                c.timeline().stream()
                        .map(t -> new Step(t.occurredAt(), t.stepCode(), t.stepLabel(), t.actorName(), t.detail()))
                        .toList(),
                c.version());
    }

    private static Deadline deadline(DeadlineView d, InspectionCaseView c) {
        DaysLeft working = c.workingDaysLeft(d);
        return new Deadline(
                d.ruleName(),
                d.legalBasis(),
                d.start(),
                d.dueDate(),
                d.daysLeft(),
                working == null ? null : working.workingDays(),
                !d.extensions().isEmpty(),
                d.totalDays(),
                d.unit().label(),
                d.status().name(),
                d.summary());
    }

    private static Document document(DocumentView d) {
        return new Document(
                d.id(), d.typeCode(), d.typeName(), d.number(), d.status().name(), d.issuedAt());
    }
}
