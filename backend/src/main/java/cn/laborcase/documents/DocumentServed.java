package cn.laborcase.documents;

import cn.laborcase.shared.CaseRef;
import java.time.Instant;

/**
 * A document was served on a recipient. Periods that run from service (e.g. 行政复议 60 days, 答辩 10 days) start
 * from {@code deemedServedAt}; the calendar module listens for this. Published in the recording transaction.
 */
public record DocumentServed(
        long documentId,
        CaseRef caseRef,
        String typeCode,
        String number,
        long recipientId,
        String recipientName,
        ServiceMethod method,
        Instant servedAt,
        Instant deemedServedAt,
        long serviceRecordId) {}
