package cn.laborcase.emergency;

/**
 * An inspector's request to advance wages from the emergency revolving fund (应急周转金).
 *
 * @param workers the workers to be advanced to (at most the incident's headcount)
 * @param amount yuan, up to two decimals; at most the cap (laborcase.emergency.fund)
 */
public record AdvanceRequest(String workers, String amount, String reason) {}
