package cn.laborcase.patrol;

import java.util.Map;

/**
 * A patrol's record as the form or the API sends it; every value is text, checked by {@link PatrolRecords}.
 *
 * @param checks per {@link ChecklistTopic} name, a {@link ChecklistTopic.Verdict} name
 * @param result a {@link PatrolResult} name
 * @param patrolledOn the day of the visit, yyyy-MM-dd
 * @param sitePlace 现场检查笔录: the place (for a correction on the spot)
 * @param sitePresent 现场检查笔录: who was present for the employer
 * @param siteFindings 现场检查笔录: what was found and ordered corrected
 * @param version the item's version the form was read at (a concurrent record is a 409), optional
 */
public record PatrolRecordRequest(
        Map<String, String> checks,
        String result,
        String patrolledOn,
        String notes,
        String sitePlace,
        String sitePresent,
        String siteFindings,
        String amountOwed,
        String workersAffected,
        Integer version) {

    public PatrolRecordRequest {
        // a form sends no value for an unanswered item: kept out, so that it is named as missing
        Map<String, String> answered = new java.util.HashMap<>();
        if (checks != null) {
            checks.forEach((k, v) -> {
                if (k != null && v != null) {
                    answered.put(k, v);
                }
            });
        }
        checks = Map.copyOf(answered);
    }
}
