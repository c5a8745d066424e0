package cn.laborcase.mediation;

import java.time.LocalDate;

/**
 * The answer to a registration: the case, its number and the last day of the 15 days (调解仲裁法 §14).
 *
 * @param dueDate the day after which, without an agreement, the parties may apply for arbitration
 */
public record RegisteredMediation(
        long id, String number, MediationStatus status, LocalDate appliedOn, LocalDate dueDate) {}
