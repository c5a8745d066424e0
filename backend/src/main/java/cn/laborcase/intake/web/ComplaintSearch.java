package cn.laborcase.intake.web;

import cn.laborcase.intake.ComplaintCategory;
import cn.laborcase.intake.ComplaintFilter;
import cn.laborcase.intake.ComplaintStatus;
import cn.laborcase.intake.ComplaintSummary;
import cn.laborcase.shared.DateRange;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.web.Spreadsheet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        List<FieldProblem> problems = new ArrayList<>();
        ComplaintStatus s = parse(ComplaintStatus.class, status, "status", "状态", problems);
        ComplaintCategory c = parse(ComplaintCategory.class, category, "category", "事项", problems);
        LocalDate receivedFrom = date(from, "from", "收到日期（起）", problems);
        LocalDate receivedTo = date(to, "to", "收到日期（止）", problems);
        text(number, "number", "编号", 40, problems);
        text(employer, "employer", "被投诉单位", 100, problems);
        text(party, "party", "投诉人", 50, problems);
        ListRequest list = null;
        try {
            list = ListRequest.of(paged ? page : null, paged ? size : null, sort, dir, ComplaintFilter.SORTS);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (problems.isEmpty()) {
            try {
                DateRange.of(receivedFrom, receivedTo, "to", "收到日期");
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ComplaintFilter(s, c, number, employer, party, receivedFrom, receivedTo, idNumber, list);
    }

    /** For the form: whether the option is the one chosen. */
    public boolean chosen(String field, String value) {
        return value.equals("status".equals(field) ? status : category);
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

    private static LocalDate date(String value, String field, String label, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Date", label + "：日期格式应为 2026-01-31"));
            return null;
        }
    }

    private static void text(String value, String field, String label, int max, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "Size", label + "：最多 " + max + " 个字"));
        } else if (value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            problems.add(new FieldProblem(field, "PrintableText", label + "：含有不可打印的字符"));
        }
    }
}
