package cn.laborcase.inspection;

import cn.laborcase.shared.ListRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The search of the inspection case list: every filter optional, blank is no filter.
 *
 * @param status a state code of {@link InspectionCaseLabels#STATUSES}, or null for all
 * @param origin an origin code of {@link InspectionCaseLabels#ORIGINS}, or null for all
 * @param gridCode one grid, or null for every grid of the user's scope
 * @param number part of the case number
 * @param employer part of the employer's name, or its whole 统一社会信用代码
 * @param filedFrom first day of 立案 (Beijing time), included
 * @param filedTo last day of 立案, included
 * @param list page, page size and sort (one of {@link #SORTS}; none: overdue first, then fewest days left)
 */
public record InspectionCaseListFilter(
        String status,
        String origin,
        String gridCode,
        String number,
        String employer,
        LocalDate filedFrom,
        LocalDate filedTo,
        ListRequest list) {

    /** The columns the list sorts by: the mapper maps each to its columns, nothing else is accepted. */
    public static final Set<String> SORTS = Set.of("daysLeft", "filedOn", "number");

    public InspectionCaseListFilter {
        status = clean(status);
        origin = clean(origin);
        gridCode = clean(gridCode);
        number = clean(number);
        employer = clean(employer);
        list = list == null ? ListRequest.first() : list;
        if (list.sort() != null && !SORTS.contains(list.sort())) {
            throw new IllegalArgumentException("not a sort key of the inspection case list: " + list.sort());
        }
        if (status != null && !InspectionCaseLabels.STATUSES.containsKey(status)) {
            throw new IllegalArgumentException("not a state of an inspection case: " + status);
        }
        if (origin != null && !InspectionCaseLabels.ORIGINS.containsKey(origin)) {
            throw new IllegalArgumentException("not an origin of an inspection case: " + origin);
        }
    }

    /** Every case of the scope, first page, in the default order. */
    public static InspectionCaseListFilter everything(int size) {
        return new InspectionCaseListFilter(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new ListRequest(new cn.laborcase.shared.PageRequest(0, Math.max(1, size)), null, true));
    }

    public int page() {
        return list.page().page();
    }

    public int size() {
        return list.size();
    }

    /** The same search, every row up to {@code rows}: what an export reads. */
    public InspectionCaseListFilter all(int rows) {
        return new InspectionCaseListFilter(
                status, origin, gridCode, number, employer, filedFrom, filedTo, list.all(rows));
    }

    /** The criteria in words, for the audit journal of an export. */
    public String describe(java.util.function.Function<String, String> gridName) {
        List<String> parts = new ArrayList<>();
        if (number != null) parts.add("编号含“" + number + "”");
        if (employer != null) parts.add("用人单位“" + employer + "”");
        if (status != null) parts.add("状态“" + InspectionCaseLabels.status(status) + "”");
        if (origin != null) parts.add("来源“" + InspectionCaseLabels.origin(origin) + "”");
        if (gridCode != null) parts.add("网格“" + gridName.apply(gridCode) + "”");
        if (filedFrom != null || filedTo != null) {
            parts.add("立案日期 " + (filedFrom == null ? "" : filedFrom) + " 至 " + (filedTo == null ? "" : filedTo));
        }
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
