package cn.laborcase.mediation;

import java.time.LocalDate;
import java.util.List;

/**
 * A mediation application registered by a mediator ({@code POST /api/mediation/cases}).
 *
 * @param appliedOn the day the mediation organisation received the application (today if absent): the 15 days of
 *     调解仲裁法 §14 count from it
 */
public record RegisterMediationRequest(
        LocalDate appliedOn,
        List<PartyRequest> applicants,
        RespondentRequest respondent,
        List<ClaimRequest> claims,
        String facts) {

    public RegisterMediationRequest {
        applicants = applicants == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(applicants));
        claims = claims == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(claims));
    }
}
