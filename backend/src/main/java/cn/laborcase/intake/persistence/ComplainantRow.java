package cn.laborcase.intake.persistence;

import java.time.Instant;

/** A row of {@code complainant}: unmasked; never leaves the module unmasked except through an audited reveal. */
public record ComplainantRow(
        Long id,
        long complaintId,
        long registrationId,
        int position,
        String name,
        String idNumber,
        String phone,
        String phoneDigits,
        String address,
        String email,
        Instant joinedAt) {}
