package cn.laborcase.hearing;

/**
 * The hearing's outcome as the clerk records it after its start.
 *
 * @param version the hearing's version as read
 * @param outcome HELD (已开庭), POSTPONED (延期开庭, with the reason), APPLICANT_ABSENT (申请人无正当理由未到庭, 视为撤回),
 *     RESPONDENT_ABSENT (被申请人无正当理由未到庭, 缺席审理)
 * @param note what happened; required for POSTPONED
 */
public record OutcomeRequest(Integer version, String outcome, String note) {}
