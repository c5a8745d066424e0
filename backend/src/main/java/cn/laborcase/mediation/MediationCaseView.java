package cn.laborcase.mediation;

import cn.laborcase.cases.CaseParty;
import cn.laborcase.cases.CaseTask;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mediation case as its page and {@code GET /api/mediation/cases/{id}} show it: parties masked as the kernel masks
 * them, claims, sessions, the agreement, documents, the 15 days with their legal basis, the open tasks.
 *
 * @param number null until registered
 * @param deadline null until registered
 * @param version what a correction sends back ({@link CorrectionRequest#version()})
 */
public record MediationCaseView(
        long id,
        String number,
        MediationStatus status,
        String statusLabel,
        String officeName,
        LocalDate appliedOn,
        String mediatorName,
        String facts,
        String complaintNumber,
        List<CaseParty> applicants,
        CaseParty respondent,
        String respondentCreditCode,
        List<Claim> claims,
        List<Session> sessions,
        Agreement agreement,
        LocalDate endedOn,
        String terminationReason,
        LocalDate confirmationRequestedOn,
        String confirmationNote,
        Deadline deadline,
        List<Document> documents,
        List<CaseTask> openTasks,
        Review review,
        int version) {

    /**
     * The committee's review of the agreement (仲裁审查), once jointly applied for.
     *
     * @param decision null while pending; CONFIRMED or REFUSED
     * @param effectiveOn the 仲裁调解书's effect: the day the last of the parties signed for it (null until then)
     * @param version what an assignment sends back
     */
    public record Review(
            LocalDate appliedOn,
            Deadline deadline,
            String reviewerName,
            String decision,
            String decisionLabel,
            LocalDate decidedOn,
            String reasons,
            String decidedByName,
            LocalDate effectiveOn,
            int version) {}

    public record Claim(String type, String typeLabel, BigDecimal amount, String description) {}

    public record Session(LocalDate heldOn, String place, String attendees, String notes, String recordedByName) {}

    public record Agreement(LocalDate signedOn, String terms, List<Claim> items, Instant recordedAt) {}

    /**
     * The 15 days of 调解仲裁法 §14.
     *
     * @param daysLeft calendar days to the due date (negative when past), null once closed
     */
    public record Deadline(
            String rule, LocalDate dueDate, Integer daysLeft, String legalBasis, String status, LocalDate closedOn) {}

    /**
     * An issued document and, per party it is served on, its 送达 (null fields until served).
     *
     * @param committees issued by the committee on its review (仲裁审查): served by the director or the reviewer
     * @param signedReceipt takes effect on the parties' signed receipt (仲裁调解书): direct or postal service only
     */
    public record Document(
            long id,
            String name,
            String number,
            String pdf,
            List<Service> services,
            boolean committees,
            boolean signedReceipt) {}

    /**
     * One party's service of a document (送达回证).
     *
     * @param servedOn Beijing date of service; null until recorded
     */
    public record Service(
            long recipientId, String recipient, String role, String method, LocalDate servedOn, String receiptNumber) {}

    /** Whether the case waits for a mediator's registration. */
    public boolean referred() {
        return status == MediationStatus.REFERRED;
    }
}
