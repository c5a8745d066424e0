package cn.laborcase.intake.persistence;

import java.time.Instant;

/**
 * A row of {@code complainant}, a party of a case: unmasked; never leaves the module unmasked except through an
 * audited reveal.
 *
 * @param partyKind COMPLAINANT (投诉人) or REPORTER (举报人, confidential: 劳动保障监察条例 §9 第三款)
 * @param emailConsent {@code email} is his address for service (送达地址确认书, 民事诉讼法 §90)
 */
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
        Instant joinedAt,
        String partyKind,
        String occupation,
        String workplace,
        boolean emailConsent) {}
