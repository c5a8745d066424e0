package cn.laborcase.intake.persistence;

import java.time.Instant;

/** A complaint as the list shows it (one query, no personal data but the first complainant's name; reporters only counted). */
public record ComplaintListRow(
        long id,
        String number,
        String kind,
        String category,
        String status,
        String route,
        String officeCode,
        String gridCode,
        String employerName,
        String firstComplainant,
        int complainants,
        int reporters,
        Instant receivedAt,
        Long deadlineId) {}
