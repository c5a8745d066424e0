package cn.laborcase.intake;

import java.math.BigDecimal;
import java.util.List;

/**
 * A complaint referred to mediation or arbitration as the dispute track pre-fills its application from it: the
 * complainants (投诉人 only: a 举报人's identity is confidential, 劳动保障监察条例 §9 第三款, and never leaves the intake),
 * the employer and the facts. Unmasked: for the listener that copies it into the dispute's own tables, never for a
 * screen.
 *
 * @param complainants empty for a report (举报): the dispute track registers the applicant himself
 * @param claims the complainants' 投诉请求 as registered, if any
 */
public record ReferredComplaint(
        long id,
        String number,
        ReferralTarget target,
        boolean report,
        ComplaintCategory category,
        List<Complainant> complainants,
        Employer employer,
        String description,
        BigDecimal amountOwed,
        int workersAffected,
        String claims) {

    public ReferredComplaint {
        complainants = List.copyOf(complainants);
    }

    /** A complainant as registered (unmasked). */
    public record Complainant(String name, String idNumber, String phone, String address) {}

    /** The employer complained about, from the registry. */
    public record Employer(long id, String creditCode, String name, String address) {}
}
