package cn.laborcase.mediation;

import java.util.List;

/**
 * A correction of a case under mediation by its mediator: the whole new list of applicants (contact data corrected, a
 * line added or removed) and/or of claims, against the version she read.
 *
 * @param version the case's {@code version} as read; another correction or step in between → 409
 * @param applicants null or empty: unchanged
 * @param claims null or empty: unchanged
 */
public record CorrectionRequest(Integer version, List<PartyRequest> applicants, List<ClaimRequest> claims) {

    public CorrectionRequest {
        applicants = applicants == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(applicants));
        claims = claims == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(claims));
    }
}
