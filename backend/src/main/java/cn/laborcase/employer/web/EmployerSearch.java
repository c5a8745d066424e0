package cn.laborcase.employer.web;

import cn.laborcase.employer.EmployerFilter;
import cn.laborcase.employer.EmployerSummary;
import cn.laborcase.employer.Grade;
import cn.laborcase.employer.RiskLevel;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.SearchForm;
import cn.laborcase.shared.web.Spreadsheet;

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
        SearchForm form = new SearchForm();
        form.text(q, "q", "名称或信用代码", 100);
        form.text(representative, "representative", "法定代表人", 50);
        form.text(grid, "grid", "网格", 20);
        Grade g = form.choice(Grade.class, grade, "grade", "守法诚信等级");
        RiskLevel r = form.choice(RiskLevel.class, risk, "risk", "风险等级");
        Boolean w = form.yesNo(watch, "watch", "重点监控");
        ListRequest list = form.list(paged ? page : null, paged ? size : null, sort, dir, EmployerFilter.SORTS);
        form.check();
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
}
