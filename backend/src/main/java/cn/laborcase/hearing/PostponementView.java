package cn.laborcase.hearing;

import java.time.LocalDate;

/**
 * A 延期开庭申请 and, once decided, the tribunal's decision and its document (延期开庭通知书 or 不予延期开庭通知书); LAPSED
 * (已失效) when the hearing was cancelled, moved, postponed or concluded before a decision.
 */
public record PostponementView(
        long id,
        long hearingId,
        String party,
        LocalDate requestedOn,
        String reasons,
        LocalDate lastDay,
        String status,
        String statusLabel,
        String decidedBy,
        String decisionNote,
        Long decisionDocumentId,
        int version) {}
