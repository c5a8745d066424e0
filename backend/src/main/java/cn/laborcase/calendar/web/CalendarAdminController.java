package cn.laborcase.calendar.web;

import cn.laborcase.calendar.CalendarAdministration;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.calendar.YearChange;
import cn.laborcase.calendar.YearSchedule;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/calendar: any year as twelve month grids (holidays red, make-up working days marked 班), the days listed
 * with their source, a form to add or remove one day, and the CSV upload (administrators only, by the security chain).
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private static final String PAGE = "calendar/admin";
    private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;
    private final Deadlines deadlines;
    private final Clock clock;

    CalendarAdminController(
            WorkingCalendar calendar, CalendarAdministration administration, Deadlines deadlines, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.administration = administration;
        this.deadlines = deadlines;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? BeijingTime.today(clock).getYear() : year;
        return render(shown, model, DayForm.empty());
    }

    @PostMapping("/{year}/days")
    String addDay(
            @PathVariable int year,
            DayForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(year, model, form, redirect, response, () -> administration.addDay(year, form.toDay()));
    }

    @PostMapping("/{year}/days/{date}/delete")
    String removeDay(
            @PathVariable int year,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(year, model, DayForm.empty(), redirect, response, () -> administration.removeDay(year, date));
    }

    @PostMapping("/{year}/upload")
    String upload(
            @PathVariable int year,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(
                year, model, DayForm.empty(), redirect, response, () -> administration.loadYear(year, bytes(file)));
    }

    @PostMapping("/{year}/publish")
    String publish(@PathVariable int year, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(year, model, DayForm.empty(), redirect, response, () -> administration.publish(year));
    }

    /** Runs one change: success → back to the year with a message; bad input → the page again with every problem. */
    private String attempt(
            int year,
            Model model,
            DayForm form,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Supplier<YearChange> change) {
        try {
            YearChange done = change.get();
            redirect.addFlashAttribute("flashSuccess", message(done));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
            return render(year, model, form);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/calendar?year=" + year;
    }

    private String render(int year, Model model, DayForm form) {
        YearSchedule schedule = calendar.year(year);
        List<YearSchedule> years = calendar.years();
        model.addAttribute("schedule", schedule);
        model.addAttribute(
                "loadedAt",
                schedule.loadedAt() == null
                        ? null
                        : LOADED_AT.format(schedule.loadedAt().atZone(BeijingTime.ZONE)));
        model.addAttribute("grid", YearGrid.of(schedule, BeijingTime.today(clock)));
        model.addAttribute("years", years);
        model.addAttribute("form", form);
        model.addAttribute("reminders", deadlines.reminderPolicy().describe());
        model.addAttribute("rules", deadlines.rules());
        return PAGE;
    }

    private static String message(YearChange change) {
        if (!change.loaded()) {
            return change.year() + "年安排已保存为草稿（共" + change.days() + "天），确认无误后请点击「载入该年度」生效";
        }
        return change.year() + "年节假日安排已生效（共" + change.days() + "天）；重新计算期限" + change.recomputedDeadlines() + "项，调整任务期限"
                + change.movedTasks() + "项";
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new byte[0];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
