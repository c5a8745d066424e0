package cn.laborcase.arbitration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a registration (201).
 *
 * @param acceptanceDueDate the last day to accept or refuse: 5 working days from receipt (调解仲裁法 §29)
 * @param receiptDocumentId the issued 收件回执
 */
public record RegisteredApplication(
        long id,
        String receiptNumber,
        ArbitrationStatus status,
        String statusLabel,
        Instant receivedAt,
        boolean collective,
        LocalDate acceptanceDueDate,
        List<ClaimView> claims,
        Long receiptDocumentId) {}
