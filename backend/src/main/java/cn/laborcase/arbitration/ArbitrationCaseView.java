package cn.laborcase.arbitration;

import cn.laborcase.cases.CaseDeadline;
import cn.laborcase.cases.CaseParty;
import cn.laborcase.cases.CaseTask;
import cn.laborcase.cases.CaseTimelineEntry;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An arbitration case as its page and {@code GET /api/arbitration/cases/{id}} show it: parties masked (PersonalData),
 * the tribunal, the hearings (booked by the hearings issue), the claims, the documents, every deadline and the award
 * side ({@link AwardRecordView}: the award period's changes, the awards per finality, mediation, withdrawal).
 */
public record ArbitrationCaseView(
        long id,
        String receiptNumber,
        String caseNumber,
        ArbitrationStatus status,
        String statusLabel,
        String channel,
        Instant receivedAt,
        String locality,
        boolean collective,
        String registeredBy,
        LocalDate decidedOn,
        String decidedBy,
        String refusalReasons,
        String supplementItems,
        LocalDate supplementRequestedOn,
        LocalDate supplementCompletedOn,
        LocalDate respondentServedOn,
        Tribunal tribunal,
        List<Hearing> hearings,
        List<Party> applicants,
        List<Party> respondents,
        List<Party> agents,
        List<ClaimView> claims,
        List<Document> documents,
        List<Deadline> deadlines,
        AwardRecordView award,
        List<AnswerView> answers,
        ServiceActions may,
        @JsonIgnore List<CaseDeadline> headerDeadlines,
        @JsonIgnore List<CaseTask> tasks,
        @JsonIgnore List<CaseTimelineEntry> timeline) {

    /** The case number once accepted, the receipt number before. */
    public String number() {
        return caseNumber != null ? caseNumber : receiptNumber;
    }

    /** A party, masked as lists show it. */
    public record Party(
            String name,
            String idNumber,
            String creditCode,
            String phone,
            String address,
            boolean representative,
            String authority,
            String actsFor) {

        public CaseParty asCaseParty(String role) {
            return new CaseParty(role, name, idNumber != null ? idNumber : creditCode, phone, null);
        }
    }

    /** The tribunal: mode (三名仲裁员 / 独任仲裁), members in order (presiding first). */
    public record Tribunal(String mode, String modeLabel, LocalDate composedOn, List<Member> members) {}

    public record Member(String username, String name, String role, String roleLabel) {}

    /** A hearing ended with the respondent absent (法 §36): the award form presets 缺席裁决 (issue 15). */
    public boolean respondentAbsent() {
        return hearings != null && hearings.stream().anyMatch(h -> "RESPONDENT_ABSENT".equals(h.status()));
    }

    /** A hearing as the hearings issue will book it; empty until then. */
    public record Hearing(long id, Instant startsAt, Instant endsAt, String room, String status) {

        /** For the case page: nothing for a scheduled hearing, else its outcome (issue 15). */
        public String statusLabel() {
            return switch (status == null ? "" : status) {
                case "CANCELLED" -> "已取消";
                case "HELD" -> "已开庭";
                case "POSTPONED" -> "延期开庭";
                case "APPLICANT_ABSENT" -> "申请人未到庭，按撤回处理";
                case "RESPONDENT_ABSENT" -> "被申请人未到庭，缺席审理";
                default -> "";
            };
        }
    }

    /**
     * A document of the case with the parties it goes to and, for each, its 送达回证 (empty for the case's own records
     * such as the 送达回证 themselves).
     */
    public record Document(
            long id, String type, String typeName, String number, Instant issuedAt, List<Service> services) {}

    /**
     * A recipient of a document and his service.
     *
     * @param servedAt when it was served (to the hour); {@code servedOn} the day it took effect (公告送达: 30 days later)
     */
    public record Service(
            long recipientId,
            String recipient,
            String role,
            boolean served,
            String method,
            String methodLabel,
            Instant servedAt,
            LocalDate servedOn,
            String receiptNumber,
            Long receiptDocumentId) {}

    /** What the user may record on the case page: service of its documents, answers, a counter-claim. */
    public record ServiceActions(boolean recordService, boolean recordAnswer, boolean counterClaim) {}

    /**
     * A legal period of the case.
     *
     * @param paused the clock is stopped (中止): no due date
     * @param extended days added by approved extensions (0 when none)
     * @param restartedOn the day the period last began again (补正 for acceptance; 办案规则 §46), or null
     */
    public record Deadline(
            String rule,
            String name,
            LocalDate start,
            LocalDate dueDate,
            Integer daysLeft,
            String status,
            boolean paused,
            int extended,
            LocalDate restartedOn,
            LocalDate closedOn,
            String legalBasis,
            String explanation) {}
}
