package cn.laborcase.documents;

import java.time.LocalDate;

/**
 * A service (送达) to record. Which fields are required depends on the method: DIRECT the receiver and his relation
 * to the recipient; POST the tracking number; EMAIL the address (and the recipient's consent); LEFT the place and a witness or a photo/video record (the evidence file); PUBLIC_NOTICE the
 * medium of the notice.
 *
 * @param servedOn and {@code servedHour} (0–23): when, Beijing time, to the hour; not in the future
 * @param server 送达人: who served it
 */
public record ServiceRecordRequest(
        Long recipientId,
        ServiceMethod method,
        LocalDate servedOn,
        Integer servedHour,
        String place,
        String receiverName,
        String signerRelation,
        String trackingNumber,
        String emailAddress,
        String witness1,
        String witness2,
        String noticeMedium,
        String server,
        String note) {}
