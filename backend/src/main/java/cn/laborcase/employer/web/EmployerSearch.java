package cn.laborcase.employer.web;

import cn.laborcase.employer.EmployerFilter;
import cn.laborcase.employer.EmployerSummary;
import cn.laborcase.employer.Grade;
import cn.laborcase.employer.RiskLevel;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.shared.web.Spreadsheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registry list's search form as the browser (or an integration) sends it, every field as typed: read into an
 * {@link EmployerFilter} here, so a wrong value is named in Chinese (400) instead of failing in the binder.
 */
record EmployerSearch(
        String q,
        String representative,
        String grid,
        String grade,
        String watch,
        String risk,
        String page,
        String size,
        String sort,
        String dir) {

    static final Spreadsheet<EmployerSummary> SHEET = Spreadsheet.of("用人单位名录", EmployerSummary.class)
            .text("统一社会信用代码", EmployerSummary::creditCode)
            .text("单位名称", EmployerSummary::name)
            .text("法定代表人", EmployerSummary::legalRepresentative)
            .text("地址", EmployerSummary::address)
            .text("行业", EmployerSummary::industry)
            .number("职工人数", EmployerSummary::employeeCount)
            .text("网格", EmployerSummary::gridName)
            .text("监察机构", EmployerSummary::officeName)
            .text("守法诚信等级", s -> s.grade() == null ? null : s.grade().label())
            .text("重点监控", s -> s.watchList() ? "是" : "否")
            .text("风险等级", s -> s.riskLevel().label());

    /**
     * @param paged false for an export (every row, no page or page size)
     * @throws InvalidInputException naming every wrong field
     */
    EmployerFilter filter(boolean paged) {
        List<FieldProblem> problems = new ArrayList<>();
        text(q, "q", "名称或信用代码", 100, problems);
        text(representative, "representative", "法定代表人", 50, problems);
        text(grid, "grid", "网格", 20, problems);
        Grade g = parse(Grade.class, grade, "grade", "守法诚信等级", problems);
        RiskLevel r = parse(RiskLevel.class, risk, "risk", "风险等级", problems);
        Boolean w = null;
        if (watch != null && !watch.isBlank()) {
            switch (watch.strip()) {
                case "yes" -> w = true;
                case "no" -> w = false;
                default -> problems.add(new FieldProblem("watch", "Choice", "重点监控：请从列表中选择"));
            }
        }
        ListRequest list = null;
        try {
            list = ListRequest.of(paged ? page : null, paged ? size : null, sort, dir, EmployerFilter.SORTS);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EmployerFilter(q, representative, grid, g, w, r, list);
    }

    /** For the form: whether the option is the one chosen. */
    public boolean chosen(String field, String value) {
        String current =
                switch (field) {
                    case "grid" -> grid;
                    case "grade" -> grade;
                    case "watch" -> watch;
                    default -> risk;
                };
        return value.equals(current);
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String value, String field, String label, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.strip()))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(new FieldProblem(field, "Choice", label + "：请从列表中选择"));
                    return null;
                });
    }

    private static void text(String value, String field, String label, int max, List<FieldProblem> problems) {
        PrintableText.problemOf(field, value, label, max, false).ifPresent(problems::add);
    }
}
