package cn.laborcase.inspection;

import cn.laborcase.calendar.DaysLeft;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.Attachments.Attachment;
import cn.laborcase.cases.CaseHeader;
import cn.laborcase.cases.CaseTask;
import cn.laborcase.cases.CaseTimelineEntry;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection case (监察案件) as its page and API show it, read within the viewer's data scope: names and Chinese
 * labels beside the codes, personal data masked.
 *
 * @param origin where the case came from, with the complaints it was opened from
 * @param deadlines every deadline the calendar holds for the case (60 working days from 立案, 条例 §17, and others)
 * @param daysLeft working days left of the running period; null when there is none or the case is over
 * @param deadlineWorkingDaysLeft working days left of each running deadline, by its id
 * @param evidence the case's uploaded evidence (证据材料), oldest first, without content
 */
public record InspectionCaseView(
        long id,
        String number,
        String officeCode,
        String officeName,
        String gridCode,
        String gridName,
        Origin origin,
        Employer employer,
        String status,
        String statusLabel,
        String outcome,
        String outcomeLabel,
        String facts,
        BigDecimal amountOwed,
        Integer workersAffected,
        String proposedByName,
        Instant openedAt,
        LocalDate filedOn,
        String filedByName,
        LocalDate dueDate,
        boolean extended,
        DaysLeft daysLeft,
        LocalDate closedOn,
        String closedByName,
        List<Inspector> inspectors,
        List<Worker> workers,
        List<DeadlineView> deadlines,
        java.util.Map<Long, DaysLeft> deadlineWorkingDaysLeft,
        List<DocumentView> documents,
        List<CaseTimelineEntry> timeline,
        List<CaseTask> tasks,
        List<Attachment> evidence,
        int version) {

    public CaseRef ref() {
        return CaseRef.of(CaseType.INSPECTION_CASE, id);
    }

    /** The head of the case page: number, state, running deadlines with their legal basis. */
    public CaseHeader header() {
        return CaseHeader.of(ref(), number, statusLabel, deadlines);
    }

    /** Working days left of one of the case's deadlines; null when it is paused or closed. */
    public DaysLeft workingDaysLeft(DeadlineView deadline) {
        return deadlineWorkingDaysLeft.get(deadline.id().value());
    }

    public boolean ended() {
        return InspectionCaseLabels.ended(status);
    }

    /** The sum owed to the workers listed, or null without any. */
    public BigDecimal workersTotal() {
        return workers.isEmpty()
                ? null
                : workers.stream().map(Worker::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * @param code e.g. COMPLAINT
     * @param label 投诉举报, 日常巡视检查 …
     * @param detail what the write side wrote about the origin (a patrol's month, a referring department)
     */
    public record Origin(String code, String label, String detail, List<LinkedComplaint> complaints) {}

    /** A complaint the case was opened from (25号令 §18: the case is filed the day the complaint is accepted). */
    public record LinkedComplaint(long id, String number) {}

    public record Employer(long id, String name, String creditCode, String address, String legalRepresentative) {}

    /**
     * An inspector of the case (条例 §16: two at least).
     *
     * @param declared he declared that he has no conflict of interest (回避) before acting
     */
    public record Inspector(
            String name,
            boolean lead,
            boolean declared,
            Instant declaredAt,
            boolean recusalRequested,
            String recusalReason,
            boolean recused) {}

    /** A worker and the amount owed to him; the ID number masked. */
    public record Worker(
            String name,
            String idNumber,
            BigDecimal amountOwed,
            LocalDate periodFrom,
            LocalDate periodTo,
            boolean paid) {}
}
