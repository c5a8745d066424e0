package cn.laborcase.arbitration;

/**
 * A change to the award period (办案规则 §§45–46) as the API takes it; the fields each action reads are named in
 * docs/arbitration.md.
 *
 * @param on the day it takes effect (2027-01-05); empty: today. For a counter-claim the day it was filed, for an
 *     extension the day it was asked
 * @param kind suspension: SUSPENSION (中止, default) or PUBLIC_NOTICE (公告送达); joinder: APPLICANT or RESPONDENT;
 *     withdrawal: WITHDRAWN (撤回, default) or ABSENT_APPLICANT (无正当理由拒不到庭, 视为撤回)
 * @param reason why, as the written decision states it
 * @param days an extension's length, 1–15 (法 §43)
 * @param name a joined party's name
 * @param description a counter-claim's content
 */
public record AwardPeriodRequest(
        String on, String kind, String reason, Integer days, String name, String description) {}
