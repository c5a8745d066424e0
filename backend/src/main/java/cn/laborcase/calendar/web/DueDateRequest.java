package cn.laborcase.calendar.web;

import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/calendar/due-date?start=2026-09-30&amount=5&unit=WORKING_DAYS}. Bound as text so that every bad
 * parameter is named at once, in Chinese.
 */
record DueDateRequest(String start, String amount, String unit) {

    record Valid(LocalDate start, int amount, PeriodUnit unit) {}

    Valid validate() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate startDate = null;
        if (blank(start)) {
            problems.add(new FieldProblem("start", "Required", "缺少起算日期 start（格式 yyyy-MM-dd）"));
        } else {
            try {
                startDate = LocalDate.parse(start.strip());
                if (startDate.getYear() < WorkingCalendar.MIN_YEAR || startDate.getYear() > WorkingCalendar.MAX_YEAR) {
                    problems.add(new FieldProblem(
                            "start",
                            "Range",
                            "起算日期须在" + WorkingCalendar.MIN_YEAR + "年至" + WorkingCalendar.MAX_YEAR + "年之间"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("start", "TypeMismatch", "起算日期「" + start + "」无效，应为yyyy-MM-dd格式的真实日期"));
            }
        }
        int days = 0;
        if (blank(amount)) {
            problems.add(new FieldProblem("amount", "Required", "缺少期限天数 amount"));
        } else {
            try {
                days = Integer.parseInt(amount.strip());
                if (days < 1 || days > WorkingCalendar.MAX_AMOUNT) {
                    problems.add(
                            new FieldProblem("amount", "Range", "期限天数须为1至" + WorkingCalendar.MAX_AMOUNT + "之间的整数"));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("amount", "TypeMismatch", "期限天数「" + amount + "」不是整数"));
            }
        }
        PeriodUnit periodUnit = null;
        if (blank(unit)) {
            problems.add(new FieldProblem("unit", "Required", "缺少计算单位 unit：WORKING_DAYS（工作日）或 CALENDAR_DAYS（日）"));
        } else {
            periodUnit = PeriodUnit.parse(unit.strip()).orElse(null);
            if (periodUnit == null) {
                problems.add(new FieldProblem(
                        "unit", "TypeMismatch", "计算单位「" + unit + "」无效，应为 WORKING_DAYS（工作日）或 CALENDAR_DAYS（日）"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(startDate, days, periodUnit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
