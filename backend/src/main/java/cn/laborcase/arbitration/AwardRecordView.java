package cn.laborcase.arbitration;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The award side of a case, for the API and (after the merge) the case view: the award period as it stands, what
 * changed it, the awards with each item's finality, and the 调解书's receipts.
 */
public record AwardRecordView(
        long caseId,
        ArbitrationStatus status,
        String statusLabel,
        Period awardPeriod,
        List<Change> changes,
        List<Award> awards,
        Mediation mediation) {

    /** The award period (45 days, 法 §43): null due date while paused. */
    public record Period(
            LocalDate start,
            LocalDate dueDate,
            Integer daysLeft,
            boolean paused,
            boolean extended,
            LocalDate restartedOn,
            LocalDate closedOn,
            String legalBasis,
            String summary) {}

    public record Change(
            String kind,
            String kindLabel,
            LocalDate effectiveOn,
            String reason,
            Long documentId,
            String recordedBy,
            Instant recordedAt) {}

    public record Award(
            long id,
            String finality,
            String finalityLabel,
            boolean byDefault,
            LocalDate awardedOn,
            long documentId,
            List<Item> items) {}

    public record Item(
            int position,
            String outcome,
            String outcomeLabel,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String reasoning,
            boolean isFinal,
            String finalityRule) {}

    /** The change's kind in words for the page (no internal code shown). */
    static String kindLabel(String kind) {
        return switch (kind == null ? "" : kind) {
            case "JOINDER" -> "追加当事人（期限重新计算）";
            case "CLAIM_CHANGE" -> "变更仲裁请求（期限重新计算）";
            case "COUNTER_CLAIM" -> "反申请合并审理（期限重新计算）";
            case "TRANSFER" -> "移送管辖（期限重新计算）";
            case "SUSPENDED" -> "中止仲裁";
            case "PUBLIC_NOTICE" -> "公告送达（期限暂停）";
            case "RESUMED" -> "恢复仲裁";
            case "EXTENDED" -> "延期";
            case "AWARDED" -> "裁决";
            case "MEDIATION" -> "仲裁调解";
            case "WITHDRAWN" -> "撤回仲裁申请";
            case "ABSENT_APPLICANT" -> "申请人拒不到庭，按撤回处理";
            default -> "其他变更";
        };
    }

    public record Mediation(
            long documentId,
            LocalDate issuedOn,
            LocalDate applicantReceivedOn,
            LocalDate respondentReceivedOn,
            LocalDate effectiveOn) {}
}
