package cn.laborcase.mediation;

import java.time.LocalDate;
import java.util.List;

/**
 * The registration of a case the intake referred: everything is pre-filled from the complaint; the mediator gives the
 * day of the application and, only where they differ, the applicants (a report's reporter never arrives: the worker
 * who applies is entered here) or the claims.
 *
 * @param applicants empty: keep the pre-filled ones
 * @param claims empty: keep the pre-filled ones
 */
public record RegisterReferredRequest(LocalDate appliedOn, List<PartyRequest> applicants, List<ClaimRequest> claims) {

    public RegisterReferredRequest {
        applicants = applicants == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(applicants));
        claims = claims == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(claims));
    }
}
