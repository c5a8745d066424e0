package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code POST /api/wage-incidents/{id}/deposit-notices}: a 工资保证金支付通知书 to the bank holding the wage deposit;
 * the amount in yuan (text or a JSON number), at most what is still owed.
 */
public record DepositNoticeRequest(
        String bankName, String accountNo, @JsonDeserialize(using = NumberAsText.class) String amount) {}
