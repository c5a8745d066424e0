package cn.laborcase.intake.persistence;

import java.time.Instant;
import java.util.List;

/**
 * What the complaint list may show and filters on. Scope: complaints of these offices, or of these grids, or
 * registered by this user; {@code everything} for administrators.
 *
 * @param idNumber only complaints where a complainant (not a reporter) has this ID-card number
 * @param numberLike a LIKE pattern (escaped with {@code \}) on the case number
 * @param employerLike a LIKE pattern on the employer's name
 * @param creditCode the employer's whole credit code
 * @param partyLike a LIKE pattern on a complainant's name
 * @param partyPhone a complainant's phone, digits only
 * @param sort a whitelisted sort key (the mapper's {@code <choose>}), null for newest first
 */
public record ComplaintCriteria(
        boolean everything,
        List<String> officeCodes,
        List<String> gridCodes,
        String registeredBy,
        String status,
        String category,
        Long employerId,
        String idNumber,
        String numberLike,
        String employerLike,
        String creditCode,
        String partyLike,
        String partyPhone,
        Instant receivedFrom,
        Instant receivedBefore,
        String sort,
        boolean descending,
        int offset,
        int limit) {}
