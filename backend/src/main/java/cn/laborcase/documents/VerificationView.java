package cn.laborcase.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page shows.
 *
 * @param supersededBy the number of the correction that replaced this document, if any
 * @param uploadedSha256 the fingerprint of an uploaded file, null when none was uploaded
 * @param fingerprintMatches whether the upload is the issued file byte for byte; null when none was uploaded
 */
public record VerificationView(
        String code,
        String number,
        String typeName,
        String officeName,
        LocalDate issuedOn,
        Instant issuedAt,
        DocumentStatus status,
        int revision,
        String supersededBy,
        Instant supersededAt,
        String sha256,
        Integer pages,
        String uploadedSha256,
        Boolean fingerprintMatches) {

    public boolean inForce() {
        return status == DocumentStatus.ISSUED;
    }

    public String issuedOnText() {
        return issuedOn == null ? "" : Dates.chinese(issuedOn);
    }
}
