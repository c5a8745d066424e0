package cn.laborcase.hearing;

/**
 * The tribunal's decision on a 延期开庭申请.
 *
 * @param version the request's version as read
 * @param decision GRANT (准予延期) or REFUSE (不准予延期)
 * @param note the tribunal's reasons
 */
public record PostponementDecision(Integer version, String decision, String note) {}
