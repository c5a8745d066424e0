package cn.laborcase.calendar;

import cn.laborcase.calendar.persistence.CalendarMapper;
import cn.laborcase.calendar.persistence.CalendarYearRow;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar (工作日历) as it stands in the database: which days are worked, and due dates computed on
 * it. Read from the database on each call (a year holds about 40 rows), so every node of a cluster sees a newly
 * loaded year at once.
 */
@Service
public class WorkingCalendar {

    /** The longest period the API computes: far beyond any statutory period, short enough to stay cheap. */
    public static final int MAX_AMOUNT = 3650;

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final CalendarMapper mapper;

    WorkingCalendar(CalendarMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(readOnly = true)
    public HolidaySchedule schedule() {
        return HolidaySchedule.of(mapper.findLoadedDays(), mapper.findLoadedYears());
    }

    @Transactional(readOnly = true)
    public PeriodCalculator calculator() {
        return new PeriodCalculator(schedule());
    }

    /** A due date with its explanation; 400 naming each bad argument. */
    @Transactional(readOnly = true)
    public ComputedPeriod dueDate(LocalDate start, Integer amount, PeriodUnit unit) {
        List<FieldProblem> problems = new ArrayList<>();
        if (start == null) {
            problems.add(new FieldProblem("start", "NotNull", "请填写起算日期（格式 yyyy-MM-dd）"));
        } else if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
            problems.add(new FieldProblem("start", "Range", "起算日期须在" + MIN_YEAR + "年至" + MAX_YEAR + "年之间"));
        }
        if (amount == null) {
            problems.add(new FieldProblem("amount", "NotNull", "请填写期限天数"));
        } else if (amount < 1 || amount > MAX_AMOUNT) {
            problems.add(new FieldProblem("amount", "Range", "期限天数须为1至" + MAX_AMOUNT + "之间的整数"));
        }
        if (unit == null) {
            problems.add(new FieldProblem("unit", "NotNull", "请填写计算单位：WORKING_DAYS（工作日）或 CALENDAR_DAYS（日）"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return calculator().compute(start, amount, unit);
    }

    @Transactional(readOnly = true)
    public YearSchedule year(int year) {
        requireYear(year);
        Optional<CalendarYearRow> row = mapper.findYear(year);
        return new YearSchedule(
                year,
                row.map(CalendarYearRow::loaded).orElse(false),
                row.map(CalendarYearRow::source).orElse(null),
                row.map(CalendarYearRow::loadedAt).orElse(null),
                row.map(CalendarYearRow::loadedBy).orElse(null),
                mapper.findDays(year));
    }

    /** Every year that has a schedule or a draft, without their days. */
    @Transactional(readOnly = true)
    public List<YearSchedule> years() {
        return mapper.findYears().stream()
                .map(r ->
                        new YearSchedule(r.yearNumber(), r.loaded(), r.source(), r.loadedAt(), r.loadedBy(), List.of()))
                .toList();
    }

    static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException("year", "Range", "年度须在" + MIN_YEAR + "至" + MAX_YEAR + "之间");
        }
    }
}
