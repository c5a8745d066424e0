package cn.laborcase.mediation;

import java.math.BigDecimal;

/**
 * A claim item (请求事项), or an agreed item of an agreement.
 *
 * @param type a {@link cn.laborcase.cases.ClaimType} name, as text so that an unknown one is named as a field problem
 * @param amount in yuan, two decimals at most; absent for an item without money (休息休假)
 */
public record ClaimRequest(String type, BigDecimal amount, String description) {}
