package cn.laborcase.emergency;

/** The 局长's decision on a fund advance: APPROVE or REJECT (a refusal needs an opinion). */
public record AdvanceDecisionRequest(String decision, String opinion) {}
