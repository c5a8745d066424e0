package cn.laborcase.arbitration;

import cn.laborcase.cases.ClaimType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Would an award on this claim item be final (终局裁决, 调解仲裁法 §47)? The rule is the table
 * processes/arbitration-finality.dmn; the limit comes from {@link MinimumWages}.
 */
public interface ClaimFinality {

    /**
     * @param amount the amount awarded (or claimed, for the early signal at registration); null for a non-money item
     * @param on the day whose minimum wage counts (the award's; the receipt's for the early signal)
     */
    Decision decide(ClaimType type, BigDecimal amount, String locality, LocalDate on);

    /** The answer and its rule in words, e.g. "金额不超过当地月最低工资标准12个月金额（29,880.00元）…". */
    record Decision(boolean isFinal, String rule) {}
}
