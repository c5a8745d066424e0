package cn.laborcase.organization;

import java.time.Instant;
import java.util.List;

/** A line of the staff list; the phone is masked. */
public record StaffSummary(
        long id,
        String username,
        String displayName,
        String officeCode,
        String officeName,
        String title,
        String maskedPhone,
        List<Role> roles,
        boolean active,
        boolean locked,
        Instant lastLoginAt) {}
