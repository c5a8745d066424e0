package cn.laborcase.intake;

import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.workflow.TaskView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as its page and {@code GET /api/complaints/{id}} show it. Personal data is masked; a report's reporter
 * is hidden unless the user may see him ({@link #mayReveal}), and even then revealed only on request (audited).
 *
 * @param acceptanceDeadline the running review deadline (25号令 §18); null once decided
 * @param deadlines every deadline of the complaint, including closed review rounds (补正)
 * @param mergedInto the complaint this registration joined, if it was a duplicate
 * @param mergedRegistrations the duplicates that joined this complaint
 * @param openTasks the process steps waiting now (the review task, a leader's overdue task, the 补正 desk task)
 * @param documents the documents issued for it (登记表, 受理/不予受理/补正通知书, 告知书, 送达回证 are the documents module's)
 * @param employerHistory earlier complaints against the same employer
 * @param resultingCase the case the complaint led to, once the inspection track records it
 * @param particulars the employer's 法定代表人 and 职务 and the 投诉请求 as registered (若干规定 §17)
 */
public record ComplaintView(
        long id,
        String number,
        ComplaintKind kind,
        Channel channel,
        Instant receivedAt,
        Instant registeredAt,
        String registeredByName,
        String receivingOfficeCode,
        String officeCode,
        String gridCode,
        EmployerView employer,
        ComplaintCategory category,
        int workersAffected,
        BigDecimal amountOwed,
        LocalDate violationStartedOn,
        LocalDate violationEndedOn,
        boolean employerAbsconded,
        String description,
        ComplaintStatus status,
        Route route,
        String routeReason,
        DecisionView decision,
        DeadlineView acceptanceDeadline,
        List<DeadlineView> deadlines,
        boolean reporterConfidential,
        boolean mayReveal,
        List<ComplainantView> complainants,
        ComplaintRef mergedInto,
        List<MergedRegistration> mergedRegistrations,
        List<TimelineEntry> timeline,
        List<IntakeEventView> events,
        List<TaskView> openTasks,
        List<DocumentRef> documents,
        List<ComplaintSummary> employerHistory,
        List<String> warnings,
        ResultingCase resultingCase,
        int version,
        ComplaintParticulars particulars) {

    /** The outcome of the review, once made. */
    public record DecisionView(
            Decision decision,
            String reason,
            String text,
            String correctionItems,
            String referral,
            Instant decidedAt,
            String decidedByName) {}

    /** The inspection case the complaint became (立案), by id and number. */
    public record ResultingCase(long id, String number) {}

    /** Another complaint, by id and number. */
    public record ComplaintRef(long id, String number) {}

    /** A duplicate registration that joined this complaint, with how many complainants it brought. */
    public record MergedRegistration(
            long id, Channel channel, Instant receivedAt, String registeredByName, int complainants) {}

    /** A document of the complaint, with the page where it is read, printed and its service recorded. */
    public record DocumentRef(long id, String typeName, String number, String status, Instant issuedAt, String href) {}

    /** An event the intake published for another track, e.g. WageEmergencyReported. */
    public record IntakeEventView(String type, Instant occurredAt, boolean consumed, String consumedBy) {

        /** The event as people call it (the type is the event's class name: never shown). */
        public String label() {
            return switch (type == null ? "" : type) {
                case "ComplaintAccepted" -> "投诉已受理（移交监察立案）";
                case "WageEmergencyReported" -> "欠薪应急事件";
                default -> "其他事件";
            };
        }
    }
}
