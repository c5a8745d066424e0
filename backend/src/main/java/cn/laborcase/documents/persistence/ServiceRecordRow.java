package cn.laborcase.documents.persistence;

import java.time.Instant;

/** A row of {@code service_record}, with the recipient's name and the receipt's number joined in. */
public record ServiceRecordRow(
        Long id,
        long documentId,
        long recipientId,
        String recipientName,
        String method,
        Instant servedAt,
        Instant deemedServedAt,
        String place,
        String receiverName,
        String signerRelation,
        String trackingNumber,
        String emailAddress,
        String witness1,
        String witness2,
        String noticeMedium,
        String note,
        String evidenceFileName,
        String evidenceContentType,
        String evidenceSha256,
        Integer evidenceSize,
        Long receiptDocumentId,
        String receiptNumber,
        Instant recordedAt,
        String recordedBy) {}
