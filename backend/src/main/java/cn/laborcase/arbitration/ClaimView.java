package cn.laborcase.arbitration;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A claim item as the API and pages show it.
 *
 * @param finalIfAwardedAsClaimed whether an award of the amount claimed would be final (终局, 调解仲裁法 §47): an early
 *     signal to the arbitrator and the parties; the award decides on the amount awarded
 * @param finalityRule the rule behind it, in words
 * @param origin APPLICATION (仲裁请求) or COUNTER_CLAIM (反申请请求, merged into the case, 办案规则 §46(四))
 * @param originLabel 仲裁请求 / 反申请请求
 */
public record ClaimView(
        String type,
        String typeLabel,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String description,
        boolean finalIfAwardedAsClaimed,
        String finalityRule,
        String origin,
        String originLabel) {}
