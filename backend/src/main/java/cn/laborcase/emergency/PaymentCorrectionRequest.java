package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Corrects or cancels a recorded payment: {@code action} CORRECT (with the corrected worker, amount, time and source)
 * or CANCEL; {@code version} is the payment's version as read, so a change made meanwhile is a 409.
 */
public record PaymentCorrectionRequest(
        @JsonDeserialize(using = NumberAsText.class) String version,
        String action,
        String reason,
        String workerName,
        @JsonDeserialize(using = NumberAsText.class) String amount,
        String paidAt,
        String source) {}
