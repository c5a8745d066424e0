package cn.laborcase.arbitration;

/**
 * 补正裁决 (办案规则 §53).
 *
 * @param awardId the award corrected
 * @param origin REQUEST (a party asked) or EX_OFFICIO (the tribunal found it)
 * @param requestedBy the party who asked, by name (REQUEST)
 * @param requestedOn the day the party asked (REQUEST; default today)
 * @param kind CLERICAL (文字错误), CALCULATION (计算错误) or OMISSION (已裁决但遗漏的事项)
 * @param outcome CORRECTED (default) or REFUSED (a request that is no such error)
 * @param content the correction (or the reasons for refusing), printed in the 决定书
 */
public record AwardCorrectionRequest(
        Long awardId,
        String origin,
        String requestedBy,
        String requestedOn,
        String kind,
        String outcome,
        String content) {}
