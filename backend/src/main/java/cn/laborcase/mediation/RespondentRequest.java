package cn.laborcase.mediation;

/** The respondent (被申请人: the employer) with its 统一社会信用代码; checked by {@link MediationValidation}. */
public record RespondentRequest(String creditCode, String name, String address) {}
