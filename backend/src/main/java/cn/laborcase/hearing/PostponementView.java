package cn.laborcase.hearing;

import java.time.LocalDate;

/** A 延期开庭申请 and, once decided, the tribunal's decision. */
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
        int version) {}
