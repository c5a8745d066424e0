package cn.laborcase.emergency;

import cn.laborcase.employer.CreditCode;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Checks the fields of a report one by one, naming each wrong one in words a clerk understands; text that will be
 * printed (the approval form) is checked at the door. The employer's registration is {@link WageIncidents}'.
 */
final class IncidentValidation {

    static final PrintableText DESCRIPTION = PrintableText.multiline("事件经过", 4000);
    static final PrintableText PLACE = PrintableText.singleLine("事发地点", 200);
    static final PrintableText PERIOD = PrintableText.singleLine("欠薪期间", 100);
    static final PrintableText EMPLOYER_NAME = PrintableText.singleLine("单位名称", 200);
    static final PrintableText ADDRESS = PrintableText.singleLine("用工地址", 200);

    private IncidentValidation() {}

    /** The report's facts as typed values; fields that are wrong add a problem and come back null. */
    record Parsed(Integer workersAffected, BigDecimal amountOwed, Instant reportedAt, String creditCode) {}

    static Parsed check(ReportIncidentRequest r, Instant now, List<FieldProblem> problems) {
        String code = creditCode(r.employer(), problems);
        Integer workers = workers(r.workersAffected(), problems);
        BigDecimal amount = amount(r.amountOwed(), problems);
        Instant reportedAt = reportedAt(r.reportedAt(), now, problems);
        if (r.employerAbsconded() == null) {
            problems.add(new FieldProblem("employerAbsconded", "NotNull", "请选择用人单位是否欠薪逃匿"));
        }
        if (r.groupPetition() == null) {
            problems.add(new FieldProblem("groupPetition", "NotNull", "请选择是否正在发生群体性上访或聚集"));
        }
        if (r.description() == null || r.description().isBlank()) {
            problems.add(new FieldProblem("description", "NotBlank", "请填写事件经过"));
        } else {
            DESCRIPTION.problemOf("description", r.description()).ifPresent(problems::add);
        }
        PLACE.problemOf("place", r.place()).ifPresent(problems::add);
        PERIOD.problemOf("arrearsPeriod", r.arrearsPeriod()).ifPresent(problems::add);
        if (r.employer() != null) {
            EMPLOYER_NAME.problemOf("employer.name", r.employer().name()).ifPresent(problems::add);
            ADDRESS.problemOf("employer.address", r.employer().address()).ifPresent(problems::add);
        }
        return new Parsed(workers, amount, reportedAt, code);
    }

    private static String creditCode(ReportIncidentRequest.EmployerRequest employer, List<FieldProblem> problems) {
        if (employer == null) {
            problems.add(new FieldProblem("employer", "NotNull", "请填写用人单位"));
            return null;
        }
        if (employer.creditCode() == null || employer.creditCode().isBlank()) {
            problems.add(new FieldProblem("employer.creditCode", "NotBlank", "请填写用人单位统一社会信用代码"));
            return null;
        }
        String code = employer.creditCode().strip().toUpperCase(Locale.ROOT);
        var problem = CreditCode.problemOf(code);
        if (problem.isPresent()) {
            problems.add(new FieldProblem("employer.creditCode", "Invalid", problem.get()));
            return null;
        }
        return code;
    }

    private static Integer workers(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("workersAffected", "NotNull", "请填写涉及人数"));
            return null;
        }
        int workers;
        try {
            workers = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("workersAffected", "NotNumber", "涉及人数须为整数：" + cut(text)));
            return null;
        }
        if (workers < 0) {
            problems.add(new FieldProblem("workersAffected", "Min", "涉及人数不能为负数"));
            return null;
        }
        return workers;
    }

    private static BigDecimal amount(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("amountOwed", "NotNull", "请填写欠薪金额"));
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("amountOwed", "NotNumber", "欠薪金额须为数字（元）：" + cut(text)));
            return null;
        }
        if (amount.signum() < 0) {
            problems.add(new FieldProblem("amountOwed", "Min", "欠薪金额不能为负数"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            problems.add(new FieldProblem("amountOwed", "Digits", "欠薪金额最多两位小数，且不超过 9999 亿元"));
            return null;
        }
        return amount.setScale(2);
    }

    private static Instant reportedAt(String text, Instant now, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("reportedAt", "NotNull", "请填写报告时间"));
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(
                    new FieldProblem("reportedAt", "Format", "报告时间格式不正确，应为如 2026-12-06T09:30:00+08:00：" + cut(text)));
            return null;
        }
        if (at.isAfter(now)) {
            problems.add(new FieldProblem("reportedAt", "Future", "报告时间不能晚于当前时间"));
            return null;
        }
        return at;
    }

    private static String cut(String text) {
        String t = text.strip();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }
}
