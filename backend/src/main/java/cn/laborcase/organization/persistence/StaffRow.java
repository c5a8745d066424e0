package cn.laborcase.organization.persistence;

import java.time.Instant;

/** A row of {@code staff} joined with its office code. */
public record StaffRow(
        long id,
        String username,
        String displayName,
        String passwordHash,
        long officeId,
        String officeCode,
        String officeName,
        String title,
        String phone,
        String email,
        String badgeNo,
        boolean active,
        boolean demo,
        int failedLogins,
        Instant lockedUntil,
        Instant lastLoginAt,
        int version) {}
