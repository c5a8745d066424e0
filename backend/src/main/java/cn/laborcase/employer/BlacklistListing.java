package cn.laborcase.employer;

import java.time.LocalDate;

/** A row of the quarterly public listing of major violations (重大劳动保障违法行为社会公布). */
public record BlacklistListing(
        String employerName,
        String creditCode,
        String legalRepresentative,
        String reason,
        String source,
        LocalDate listedOn,
        LocalDate listedUntil) {}
