package cn.laborcase.arbitration;

import java.util.List;

/**
 * 反申请: the respondent's own claims against the applicant, merged into the case (办案规则 §46(四)).
 *
 * @param on the day it was filed (2026-08-25); empty: today
 * @param description an optional summary for the notice (the items say what is claimed)
 * @param claims the items, validated as an application's: type, amount, description
 */
public record CounterClaimRequest(String on, String description, List<RegisterApplicationRequest.Claim> claims) {}
