package cn.laborcase.hearing.docket;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A session on the docket's grid: a working day's start time with the proposal's duration (sessions do not overlap).
 *
 * @param dayIndex the working day's number in the horizon (0 = the first); {@code slot} the session's number that day
 * @param clerks how many hearing clerks (书记员) are free in this session
 */
public record DocketSession(int index, LocalDate day, int dayIndex, int slot, Instant start, Instant end, int clerks) {

    @Override
    public String toString() {
        return day + "#" + slot;
    }
}
