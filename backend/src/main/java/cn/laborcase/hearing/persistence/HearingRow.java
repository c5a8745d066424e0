package cn.laborcase.hearing.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code hearing}. */
public record HearingRow(
        Long id,
        long caseId,
        Long caseHearingId,
        String caseNumber,
        String officeCode,
        long roomId,
        Instant startsAt,
        Instant endsAt,
        String clerk,
        String status,
        LocalDate noticeServedBy,
        Long noticeDocumentId,
        String cancelReason,
        String bookedBy,
        Instant bookedAt,
        int version) {}
