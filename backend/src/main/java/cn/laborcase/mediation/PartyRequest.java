package cn.laborcase.mediation;

/** An applicant (申请人: a worker) as a form or the API sends him; checked by {@link MediationValidation}. */
public record PartyRequest(String name, String idNumber, String phone, String address) {}
