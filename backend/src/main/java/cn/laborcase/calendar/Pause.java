package cn.laborcase.calendar;

import java.time.LocalDate;

/**
 * A suspension of a period (中止): its days do not count (办案规则 §46).
 *
 * @param from the first day that does not count (the day the suspension takes effect)
 * @param resumedOn the day counting resumes (it counts again); {@code null} while the suspension lasts
 * @param reason why, as recorded in the decision
 */
public record Pause(LocalDate from, LocalDate resumedOn, String reason) {

    public boolean isOpen() {
        return resumedOn == null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (resumedOn == null || day.isBefore(resumedOn));
    }

    /** Days not counted; only for a closed pause. */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, resumedOn);
    }
}
