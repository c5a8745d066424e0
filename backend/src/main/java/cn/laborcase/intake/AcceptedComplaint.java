package cn.laborcase.intake;

import java.math.BigDecimal;

/**
 * An accepted complaint as the inspection case it becomes carries it over (立案 the same day, 25号令 §18).
 *
 * @param claims the complainants' 投诉请求 as registered, if any
 */
public record AcceptedComplaint(
        long id, String number, String description, BigDecimal amountOwed, int workersAffected, String claims) {}
