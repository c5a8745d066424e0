package cn.laborcase.mediation;

import cn.laborcase.cases.ClaimType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an arbitration application takes over from a mediation (调解不成, 调解仲裁法 §14/§15), so that nothing is typed
 * twice: the applicants (unmasked: for the application form of staff who may act on the case), the respondent, the
 * claims, and the mediation's number for the application's 调解情况.
 *
 * @param endedOn the day mediation ended (failed, terminated), if it did
 */
public record ArbitrationPrefill(
        long mediationId,
        String mediationNumber,
        MediationStatus status,
        LocalDate endedOn,
        List<Applicant> applicants,
        Respondent respondent,
        List<Claim> claims) {

    public ArbitrationPrefill {
        applicants = List.copyOf(applicants);
        claims = List.copyOf(claims);
    }

    public record Applicant(String name, String idNumber, String phone, String address) {}

    public record Respondent(String creditCode, String name, String address) {}

    public record Claim(ClaimType type, BigDecimal amount, String description) {}
}
