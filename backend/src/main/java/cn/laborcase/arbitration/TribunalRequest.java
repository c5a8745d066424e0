package cn.laborcase.arbitration;

/**
 * The tribunal (仲裁庭, 调解仲裁法 §31), by the arbitrators' user names.
 *
 * @param mode THREE (三名仲裁员，设首席仲裁员; the default, and always for a collective case) or SOLE (独任, simple cases)
 */
public record TribunalRequest(String mode, String presiding, String arbitrator2, String arbitrator3, String sole) {}
