package cn.laborcase.employer;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.PrintableText;
import java.util.List;
import java.util.Optional;

/** The checks of an employer's fields, shared by the edit form, the API and the import; every problem in Chinese. */
final class EmployerFields {

    static final PrintableText NAME = PrintableText.singleLine("单位名称", 200);
    static final PrintableText ADDRESS = PrintableText.singleLine("地址", 300);
    static final PrintableText REPRESENTATIVE = PrintableText.singleLine("法定代表人", 50);
    static final PrintableText INDUSTRY = PrintableText.singleLine("行业", 50);
    static final PrintableText DISTRICT = PrintableText.singleLine("所在区", 50);
    static final PrintableText SITE = PrintableText.singleLine("经营场所或工地地址", 300);
    static final int MAX_SITES = 50;
    static final int MAX_EMPLOYEES = 10_000_000;

    private EmployerFields() {}

    static void text(PrintableText rule, String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "Required", rule.label() + "不能为空"));
            }
            return;
        }
        rule.problemOf(field, value).ifPresent(problems::add);
    }

    /** The employee count as typed: blank is none; otherwise a whole number from 0. */
    static Integer employeeCount(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<FieldProblem> printable = PrintableText.problemOf(field, value, "职工人数", 20, false);
        if (printable.isPresent()) {
            problems.add(printable.get());
            return null;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < 0) {
                problems.add(new FieldProblem(field, "Min", "职工人数不能为负数"));
                return null;
            }
            if (n > MAX_EMPLOYEES) {
                problems.add(new FieldProblem(field, "Max", "职工人数不能超过 " + MAX_EMPLOYEES));
                return null;
            }
            return (int) n;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Number", "职工人数应为整数"));
            return null;
        }
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
