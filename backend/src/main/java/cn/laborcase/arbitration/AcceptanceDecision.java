package cn.laborcase.arbitration;

/**
 * The committee's decision on an application (调解仲裁法 §29).
 *
 * @param decision ACCEPT (受理) or REFUSE (不予受理)
 * @param reasons the reasons of a refusal (required then), printed on the 不予受理通知书
 */
public record AcceptanceDecision(String decision, String reasons) {}
