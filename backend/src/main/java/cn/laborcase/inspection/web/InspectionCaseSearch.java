package cn.laborcase.inspection.web;

import cn.laborcase.inspection.InspectionCaseLabels;
import cn.laborcase.inspection.InspectionCaseListFilter;
import cn.laborcase.inspection.InspectionCaseListItem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.SearchForm;
import cn.laborcase.shared.web.Spreadsheet;
import java.time.LocalDate;

/**
 * The search form of the inspection case list (and the query of {@code GET /api/inspection-cases}) as sent, every
 * field as typed: read into an {@link InspectionCaseListFilter} here, so that a wrong value is named in Chinese (400)
 * instead of failing in the binder.
 */
record InspectionCaseSearch(
        String number,
        String employer,
        String status,
        String origin,
        String grid,
        String from,
        String to,
        String page,
        String size,
        String sort,
        String dir) {

    /** The columns of the export: what the list shows, names instead of codes, dates as Excel dates. */
    static final Spreadsheet<InspectionCaseListItem> SHEET = Spreadsheet.of("监察案件", InspectionCaseListItem.class)
            .text("案件编号", InspectionCaseListItem::number)
            .text("用人单位", InspectionCaseListItem::employerName)
            .text("来源", InspectionCaseListItem::originLabel)
            .text("状态", InspectionCaseListItem::statusLabel)
            .date("立案日期", InspectionCaseListItem::filedOn)
            .date("办结期限", InspectionCaseListItem::dueDate)
            .text("剩余时限", InspectionCaseListItem::daysLeftLabel)
            .text("已延期", i -> i.extended() ? "是" : "否")
            .text("主办监察员", i -> i.leadInspectorName() == null ? "" : i.leadInspectorName())
            .text("承办机构", InspectionCaseListItem::officeName)
            .text("网格", InspectionCaseListItem::gridName);

    /**
     * @param paged false for an export (every row, no page or page size)
     * @throws InvalidInputException naming every wrong field
     */
    InspectionCaseListFilter filter(boolean paged) {
        SearchForm form = new SearchForm();
        String s = form.choice(InspectionCaseLabels.STATUSES.keySet(), status, "status", "状态");
        String o = form.choice(InspectionCaseLabels.ORIGINS.keySet(), origin, "origin", "来源");
        LocalDate filedFrom = form.date(from, "from", "立案日期（起）");
        LocalDate filedTo = form.date(to, "to", "立案日期（止）");
        form.text(number, "number", "案件编号", 40);
        form.text(employer, "employer", "用人单位", 100);
        form.text(grid, "grid", "网格", 20);
        ListRequest list =
                form.list(paged ? page : null, paged ? size : null, sort, dir, InspectionCaseListFilter.SORTS);
        form.range(filedFrom, filedTo, "to", "立案日期");
        form.check();
        return new InspectionCaseListFilter(s, o, grid, number, employer, filedFrom, filedTo, list);
    }

    /** For the form: whether the option is the one chosen. */
    public boolean chosen(String field, String value) {
        String current =
                switch (field) {
                    case "status" -> status;
                    case "origin" -> origin;
                    default -> grid;
                };
        return value.equals(current);
    }
}
