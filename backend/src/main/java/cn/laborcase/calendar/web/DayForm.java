package cn.laborcase.calendar.web;

import cn.laborcase.calendar.DayKind;
import cn.laborcase.calendar.ScheduledDay;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The admin page's "add a day" form, bound as text so that a bad date or kind is named rather than a 500. */
record DayForm(String date, String kind, String name, String source) {

    static DayForm empty() {
        return new DayForm("", "OFF", "", "");
    }

    ScheduledDay toDay() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = null;
        if (date == null || date.isBlank()) {
            problems.add(new FieldProblem("date", "Required", "请填写日期"));
        } else {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("date", "TypeMismatch", "日期「" + date + "」无效，应为yyyy-MM-dd"));
            }
        }
        DayKind dayKind = kind == null ? null : DayKind.parse(kind.strip()).orElse(null);
        if (dayKind == null) {
            problems.add(new FieldProblem("kind", "TypeMismatch", "请选择类型：放假（OFF）或调休上班（WORKING）"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ScheduledDay(day, dayKind, name, source);
    }
}
