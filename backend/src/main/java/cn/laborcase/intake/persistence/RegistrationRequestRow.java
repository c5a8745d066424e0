package cn.laborcase.intake.persistence;

import java.time.Instant;

/** A row of {@code registration_request}: the answer given to a registration sent with an idempotency key. */
public record RegistrationRequestRow(
        String registeredBy, String idempotencyKey, String requestHash, String answer, Instant createdAt) {}
