package cn.laborcase.calendar;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.persistence.CalendarMapper;
import cn.laborcase.calendar.persistence.CalendarYearRow;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loading and correcting a year's holiday schedule (administrators). Loading a year, or changing a day of a loaded
 * year, recomputes the open deadlines it may move, in the same transaction: either the schedule and every deadline,
 * task and timer change together, or nothing does.
 */
@Service
public class CalendarAdministration {

    static final String TARGET = "CALENDAR_YEAR";

    private final CalendarMapper mapper;
    private final Deadlines deadlines;
    private final AuditJournal audit;
    private final Clock clock;

    CalendarAdministration(CalendarMapper mapper, Deadlines deadlines, AuditJournal audit, Clock clock) {
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Loads (or replaces) a year from the CSV upload format; 400 naming every bad line, nothing written. */
    @Transactional
    public YearChange loadYear(int year, byte[] csv) {
        WorkingCalendar.requireYear(year);
        return replace(year, HolidayCsv.parse(year, csv));
    }

    @Transactional
    public YearChange loadYear(int year, String csv) {
        WorkingCalendar.requireYear(year);
        return replace(year, HolidayCsv.parse(year, csv == null ? "" : csv));
    }

    /**
     * Adds one day. On a loaded year it takes effect at once (deadlines are recomputed); on a year not loaded it is a
     * draft until {@link #publish(int)}.
     */
    @Transactional
    public YearChange addDay(int year, ScheduledDay day) {
        WorkingCalendar.requireYear(year);
        validate(year, day);
        CalendarYearRow row = yearRow(year);
        mapper.findDay(day.date()).ifPresent(existing -> {
            throw new InvalidInputException(
                    "date",
                    "Duplicate",
                    PeriodCalculator.describe(day.date()) + "已有安排（" + existing.name() + "，"
                            + existing.kind().label() + "），请先删除");
        });
        touch(row);
        ScheduledDay clean = new ScheduledDay(
                day.date(), day.kind(), day.name().strip(), day.source().strip());
        mapper.insertDay(year, clean, Instant.now(clock), Actor.current());
        String what = PeriodCalculator.describe(clean.date()) + clean.name() + "（"
                + clean.kind().label() + "）";
        return afterDayChange(row, clean.date(), "CALENDAR_DAY_ADDED", "增加" + what, null, what);
    }

    @Transactional
    public YearChange removeDay(int year, LocalDate date) {
        WorkingCalendar.requireYear(year);
        if (date == null || date.getYear() != year) {
            throw new InvalidInputException("date", "Year", "请选择" + year + "年内的日期");
        }
        CalendarYearRow row = yearRow(year);
        ScheduledDay existing = mapper.findDay(date)
                .orElseThrow(() ->
                        new ConflictException("NO_SUCH_DAY", PeriodCalculator.describe(date) + "没有节假日或调休安排，无需删除"));
        touch(row);
        mapper.deleteDay(date);
        String what = PeriodCalculator.describe(date) + existing.name() + "（"
                + existing.kind().label() + "）";
        return afterDayChange(row, date, "CALENDAR_DAY_REMOVED", "删除" + what, what, null);
    }

    /** Puts a year entered day by day into force: its periods stop being provisional. */
    @Transactional
    public YearChange publish(int year) {
        WorkingCalendar.requireYear(year);
        CalendarYearRow row =
                mapper.findYear(year).orElseThrow(() -> new ConflictException("NO_DAYS", year + "年尚未录入任何节假日安排，无法载入"));
        if (row.loaded()) {
            throw new ConflictException("ALREADY_LOADED", year + "年节假日安排已载入");
        }
        List<ScheduledDay> days = mapper.findDays(year);
        if (days.isEmpty()) {
            throw new ConflictException("NO_DAYS", year + "年尚未录入任何节假日安排，无法载入");
        }
        return markLoaded(row, days, "CALENDAR_YEAR_PUBLISHED", null);
    }

    private YearChange replace(int year, List<ScheduledDay> days) {
        CalendarYearRow row = yearRow(year);
        String before = row.loaded() ? describe(mapper.findDays(year)) : "未载入";
        mapper.deleteDays(year);
        Instant now = Instant.now(clock);
        String actor = Actor.current();
        for (ScheduledDay day : days) {
            mapper.insertDay(year, day, now, actor);
        }
        return markLoaded(row, days, "CALENDAR_YEAR_LOADED", before);
    }

    private YearChange markLoaded(CalendarYearRow row, List<ScheduledDay> days, String action, String before) {
        int year = row.yearNumber();
        String source = days.stream().map(ScheduledDay::source).distinct().collect(Collectors.joining("、"));
        source = source.length() > 200 ? source.substring(0, 199) + "…" : source;
        if (mapper.markLoaded(year, row.version(), source, Instant.now(clock), Actor.current()) == 0) {
            throw ConflictException.concurrentEdit(year + "年节假日安排");
        }
        Deadlines.RecomputeOutcome outcome =
                deadlines.recomputeAffected(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year + "年节假日安排载入");
        audit.record(
                action,
                TARGET,
                year,
                "载入" + year + "年节假日安排（" + source + "）：" + describe(days) + "；重新计算期限"
                        + outcome.deadlines().size() + "项，调整任务期限"
                        + outcome.movedTasks().size() + "项",
                before,
                describe(days));
        return new YearChange(
                year,
                true,
                days.size(),
                outcome.deadlines().size(),
                outcome.movedTasks().size());
    }

    private YearChange afterDayChange(
            CalendarYearRow row, LocalDate date, String action, String summary, String before, String after) {
        int year = row.yearNumber();
        int days = mapper.findDays(year).size();
        if (!row.loaded()) {
            audit.record(action, TARGET, year, summary + "（草稿，尚未载入）", before, after);
            return new YearChange(year, false, days, 0, 0);
        }
        Deadlines.RecomputeOutcome outcome = deadlines.recomputeAffected(date, date, year + "年节假日安排调整（" + date + "）");
        audit.record(
                action,
                TARGET,
                year,
                summary + "；重新计算期限" + outcome.deadlines().size() + "项，调整任务期限"
                        + outcome.movedTasks().size() + "项",
                before,
                after);
        return new YearChange(
                year,
                true,
                days,
                outcome.deadlines().size(),
                outcome.movedTasks().size());
    }

    private CalendarYearRow yearRow(int year) {
        return mapper.findYear(year).orElseGet(() -> {
            mapper.insertYear(year);
            return mapper.findYear(year).orElseThrow();
        });
    }

    private void touch(CalendarYearRow row) {
        if (mapper.touchYear(row.yearNumber(), row.version()) == 0) {
            throw ConflictException.concurrentEdit(row.yearNumber() + "年节假日安排");
        }
    }

    private static void validate(int year, ScheduledDay day) {
        List<FieldProblem> problems = new ArrayList<>();
        if (day.date() == null) {
            problems.add(new FieldProblem("date", "NotNull", "请填写日期"));
        } else if (day.date().getYear() != year) {
            problems.add(new FieldProblem("date", "Year", "日期" + day.date() + "不属于" + year + "年"));
        } else if (day.kind() == DayKind.WORKING && !HolidaySchedule.isWeekend(day.date())) {
            problems.add(
                    new FieldProblem("kind", "Weekday", PeriodCalculator.describe(day.date()) + "本是工作日，调休上班只用于周六、周日"));
        }
        if (day.kind() == null) {
            problems.add(new FieldProblem("kind", "NotNull", "请选择类型：放假或调休上班"));
        }
        if (day.name() == null || day.name().isBlank()) {
            problems.add(new FieldProblem("name", "NotBlank", "请填写名称，如 国庆节 或 国庆节调休上班"));
        } else if (day.name().strip().length() > 50) {
            problems.add(new FieldProblem("name", "Size", "名称不能超过50个字"));
        }
        if (day.source() == null || day.source().isBlank()) {
            problems.add(new FieldProblem("source", "NotBlank", "请填写来源（通知文号），如 国办发明电〔2025〕7号"));
        } else if (day.source().strip().length() > 200) {
            problems.add(new FieldProblem("source", "Size", "来源不能超过200个字"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String describe(List<ScheduledDay> days) {
        long off = days.stream().filter(d -> d.kind() == DayKind.OFF).count();
        return "放假" + off + "天、调休上班" + (days.size() - off) + "天";
    }
}
