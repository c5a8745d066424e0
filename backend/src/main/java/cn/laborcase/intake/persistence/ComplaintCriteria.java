package cn.laborcase.intake.persistence;

import java.util.List;

/**
 * What the complaint list may show and filters on. Scope: complaints of these offices, or of these grids, or
 * registered by this user; {@code everything} for administrators.
 *
 * @param idNumber only complaints where a complainant (not a reporter) has this ID-card number
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
        int offset,
        int limit) {}
