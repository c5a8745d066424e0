package cn.laborcase.emergency;

/**
 * {@code POST /api/wage-incidents/{id}/decision}: the leader's decision on activation, with his opinion (required
 * for a rejection).
 *
 * @param decision APPROVE or REJECT
 */
public record DecisionRequest(String decision, String opinion) {}
