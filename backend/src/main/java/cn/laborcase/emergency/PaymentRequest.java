package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Wages paid to one worker. Numbers and times come as text, so a wrong type is a 400 naming the field.
 *
 * @param amount yuan, up to two decimals
 * @param paidAt ISO-8601 with offset ("2026-12-06T10:00:00+08:00"), not in the future
 * @param source EMPLOYER, CONTRACTOR, DEPOSIT or FUND
 */
public record PaymentRequest(
        String workerName, @JsonDeserialize(using = NumberAsText.class) String amount, String paidAt, String source) {}
