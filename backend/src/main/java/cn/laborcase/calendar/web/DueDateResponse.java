package cn.laborcase.calendar.web;

import cn.laborcase.calendar.ComputedPeriod;
import cn.laborcase.calendar.DayNote;
import cn.laborcase.calendar.PeriodUnit;
import java.time.LocalDate;
import java.util.List;

/** The answer of the due-date API: the due date, whether it is provisional, and why. */
record DueDateResponse(
        LocalDate start,
        int amount,
        PeriodUnit unit,
        LocalDate dueDate,
        boolean provisional,
        List<DayNote> explanation) {

    static DueDateResponse of(ComputedPeriod period) {
        return new DueDateResponse(
                period.start(),
                period.amount(),
                period.unit(),
                period.dueDate(),
                period.provisional(),
                period.explanation());
    }
}
