package cn.laborcase.hearing;

import java.time.LocalDate;

/**
 * A case waiting for a hearing as the docket page (周排期建议) lists it: number, parties (申请人/被申请人), tribunal and
 * the award deadline (仲裁期限, 法 §43).
 */
public record DocketCaseView(long id, String number, String parties, String tribunal, LocalDate awardDueDate) {}
