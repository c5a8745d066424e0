package cn.laborcase.calendar.web;

import cn.laborcase.calendar.CalendarAdministration;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.calendar.YearChange;
import cn.laborcase.calendar.YearSchedule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calendar for integrations and other systems (HTTP Basic under /api). */
@RestController
@RequestMapping("/api/calendar")
class CalendarApiController {

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;

    CalendarApiController(WorkingCalendar calendar, CalendarAdministration administration) {
        this.calendar = calendar;
        this.administration = administration;
    }

    /** A due date with its explanation; any logged-in user. */
    @GetMapping("/due-date")
    DueDateResponse dueDate(DueDateRequest request) {
        DueDateRequest.Valid valid = request.validate();
        return DueDateResponse.of(calendar.dueDate(valid.start(), valid.amount(), valid.unit()));
    }

    @GetMapping("/years/{year}")
    YearSchedule year(@PathVariable int year) {
        return calendar.year(year);
    }

    /** Loads (or replaces) a year from the CSV format of docs/calendar.md; administrators only. */
    @PutMapping(
            path = "/years/{year}",
            consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasRole('ADMIN')")
    YearChange load(@PathVariable int year, @RequestBody byte[] csv) {
        return administration.loadYear(year, csv == null ? new byte[0] : csv);
    }
}
