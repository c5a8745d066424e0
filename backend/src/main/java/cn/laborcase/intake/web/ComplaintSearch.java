package cn.laborcase.intake.web;

import cn.laborcase.intake.ComplaintCategory;
import cn.laborcase.intake.ComplaintFilter;
import cn.laborcase.intake.ComplaintStatus;
import cn.laborcase.intake.ComplaintSummary;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.SearchForm;
import cn.laborcase.shared.web.Spreadsheet;
import java.time.LocalDate;

/**
 * The search form of the complaint list as the browser sends it, every field as typed: read into a
 * {@link ComplaintFilter} here, so that a wrong value is named in Chinese (400) instead of failing in the binder.
 */
record ComplaintSearch(
        String number,
        String employer,
        String party,
        String from,
        String to,
        String status,
        String category,
        String idNumber,
        String page,
        String size,
        String sort,
        String dir) {

    /** The columns of the export: what the list shows, names instead of codes, dates as Excel dates. */
    static final Spreadsheet<ComplaintSummary> SHEET = Spreadsheet.of("举报投诉", ComplaintSummary.class)
            .text("编号", ComplaintSummary::number)
            .text("类型", s -> s.kind().label())
            .text("被投诉单位", ComplaintSummary::employerName)
            .text("事项", s -> s.category().label())
            .text("投诉人", ComplaintSummary::complainants)
            .time("收到时间", ComplaintSummary::receivedAt)
            .text("状态", s -> s.status().label())
            .date("受理期限", ComplaintSummary::acceptanceDueDate)
            .text("承办机构", ComplaintSummary::officeName)
            .text("网格", ComplaintSummary::gridName);

    /**
     * @param paged false for an export (every row, no page or page size)
     * @throws InvalidInputException naming every wrong field
     */
    ComplaintFilter filter(boolean paged) {
        SearchForm form = new SearchForm();
        ComplaintStatus s = form.choice(ComplaintStatus.class, status, "status", "状态");
        ComplaintCategory c = form.choice(ComplaintCategory.class, category, "category", "事项");
        LocalDate receivedFrom = form.date(from, "from", "收到日期（起）");
        LocalDate receivedTo = form.date(to, "to", "收到日期（止）");
        text(number, "number", "编号", 40, form);
        text(employer, "employer", "被投诉单位", 100, form);
        text(party, "party", "投诉人", 50, form);
        ListRequest list = form.list(paged ? page : null, paged ? size : null, sort, dir, ComplaintFilter.SORTS);
        form.range(receivedFrom, receivedTo, "to", "收到日期");
        form.check();
        return new ComplaintFilter(s, c, number, employer, party, receivedFrom, receivedTo, idNumber, list);
    }

    /** For the form: whether the option is the one chosen. */
    public boolean chosen(String field, String value) {
        return value.equals("status".equals(field) ? status : category);
    }

    /** The complaint list's own rule for its text fields (no control character at all, the length as typed). */
    private static void text(String value, String field, String label, int max, SearchForm form) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            form.add(new FieldProblem(field, "Size", label + "：最多 " + max + " 个字"));
        } else if (value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            form.add(new FieldProblem(field, "PrintableText", label + "：含有不可打印的字符"));
        }
    }
}
