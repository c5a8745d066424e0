package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Money recovered from the employer for the fund's advances (追偿).
 *
 * @param amount yuan, up to two decimals; at most what is still to recover
 * @param recoveredOn the day (2026-12-20), not in the future
 * @param method REPAID, DEPOSIT, ENFORCED or OTHER
 */
public record RecoveryRequest(
        @JsonDeserialize(using = NumberAsText.class) String amount, String recoveredOn, String method, String note) {}
