package cn.laborcase.mediation.persistence;

/**
 * A row of {@code mediation_party}: unmasked; masked by the module before it reaches a screen.
 *
 * @param role APPLICANT (申请人) or RESPONDENT (被申请人)
 */
public record PartyRow(
        long caseId,
        String role,
        int position,
        String name,
        String idNumber,
        String phone,
        String address,
        String creditCode,
        Long employerId) {}
