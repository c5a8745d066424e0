package cn.laborcase.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What follows an incident, as {@code GET /api/wage-incidents/{id}} ({@code followUp}) and its page show it: the linked
 * inspection case, the criminal referrals and the blacklist reviews.
 *
 * @param inspectionCase the linked inspection case, or null
 */
public record FollowUp(LinkedCase inspectionCase, List<Referral> referrals, List<BlacklistReview> blacklistReviews) {

    /** The inspection case of the incident: its number, state and page. */
    public record LinkedCase(long id, String number, String statusName, String href) {}

    /** A criminal referral (移送公安机关) with the 局长's decision and the 移送书 once approved. */
    public record Referral(
            long id,
            ReferralGround ground,
            String groundName,
            String groundText,
            LocalDate orderServedOn,
            LocalDate orderDueOn,
            String policeOrgan,
            String facts,
            String proposedByName,
            Instant proposedAt,
            ReferralStatus status,
            String statusName,
            String decidedByName,
            Instant decidedAt,
            String opinion,
            Long documentId,
            String pdf) {}

    /**
     * A proposal to list the employer as a 拖欠农民工工资失信联合惩戒对象 and the decision on it.
     *
     * @param decidedOnEmployerPage decided by a leader on the employer's page rather than here
     */
    public record BlacklistReview(
            long id,
            BlacklistGround ground,
            String groundName,
            String reason,
            String proposedByName,
            Instant proposedAt,
            BlacklistStatus status,
            String statusName,
            String decidedByName,
            Instant decidedAt,
            String opinion,
            boolean decidedOnEmployerPage) {}
}
