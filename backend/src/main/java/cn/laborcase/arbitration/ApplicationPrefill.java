package cn.laborcase.arbitration;

import java.util.List;

/**
 * What the registration page starts from when the application comes from a failed mediation or a referred complaint:
 * the applicants, the respondent and the claims, so that nothing is typed twice; the clerk checks and completes them.
 *
 * @param source the origin in words (调解案件 示调〔2026〕3号（调解不成）), shown on the page
 */
public record ApplicationPrefill(
        String source,
        List<RegisterApplicationRequest.Applicant> applicants,
        RegisterApplicationRequest.Respondent respondent,
        List<RegisterApplicationRequest.Claim> claims) {

    public ApplicationPrefill {
        applicants = List.copyOf(applicants);
        claims = List.copyOf(claims);
    }
}
