package cn.laborcase.documents;

import java.time.Instant;

/**
 * A recorded service.
 *
 * @param servedAt when it happened (to the hour)
 * @param deemedServedAt when it takes legal effect and periods start (公告送达: thirty days later)
 * @param receiptDocumentId the 送达回证 generated for it
 */
public record ServiceRecordView(
        long id,
        long documentId,
        long recipientId,
        String recipientName,
        ServiceMethod method,
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
