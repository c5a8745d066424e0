package cn.laborcase.calendar;

import java.time.LocalDate;

/**
 * An extension of a deadline (延期), in the deadline's unit.
 *
 * @param approvedBy who approved it (the leader named in the approval), e.g. 王科长 or a username
 * @param approvedOn the day of the approval
 * @param reason why, as written in the approval form
 */
public record Extension(int days, String approvedBy, LocalDate approvedOn, String reason) {}
