package cn.laborcase.intake;

import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import java.time.Instant;

/**
 * A complaint outside the inspection's remit was referred (告知/移送, 劳动保障监察条例 §21) to labor-dispute
 * mediation or arbitration: the dispute track may open its case pre-filled from it
 * ({@link Complaints#referredForDispute}), so that the worker need not tell his story again. Published once, by the
 * review's decision, for both dispute tracks; each takes the referrals of its own {@link #target()}.
 *
 * <p>Ids, the target and the time only: the complainants' identity is read by the listener through the query, never
 * carried in the event's JSON (it stays in {@code event_publication} for years). Rename no property without migrating
 * the stored rows.
 *
 * @param number the complaint's 登记编号
 * @param target {@link ReferralTarget#MEDIATION} or {@link ReferralTarget#ARBITRATION}
 * @param officeCode the inspection office that referred it
 */
public record ComplaintReferredToDispute(
        long complaintId,
        String number,
        ReferralTarget target,
        String officeCode,
        long employerId,
        Instant occurredAt) {

    /** The id the mediation track's listener of this event has. */
    public static final String MEDIATION_LISTENER = "laborcase.mediation.on-complaint-referred";

    /** The id the arbitration track's listener of this event must have. */
    public static final String ARBITRATION_LISTENER = "laborcase.arbitration.on-complaint-referred";

    /** Whether a complaint referred to this target is a labor dispute for one of the dispute tracks. */
    public static boolean isDispute(ReferralTarget target) {
        return target == ReferralTarget.MEDIATION || target == ReferralTarget.ARBITRATION;
    }

    /** The complaint as a case. */
    public CaseRef complaint() {
        return CaseRef.of(CaseType.COMPLAINT, complaintId);
    }
}
