package cn.laborcase.mediation.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code mediation_agreement} (调解协议书). */
public record AgreementRow(long caseId, String terms, LocalDate signedOn, String recordedBy, Instant recordedAt) {}
