package cn.laborcase.intake;

import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The search of the complaint list: every filter optional, blank is no filter.
 *
 * @param status a {@link ComplaintStatus} or null for all
 * @param category a {@link ComplaintCategory} or null for all
 * @param number part of the case number (东湖投诉〔2026〕5号)
 * @param employer part of the employer's name, or its whole 统一社会信用代码
 * @param party part of a complainant's name, or his whole phone number (never a reporter: reporting stays
 *     confidential)
 * @param receivedFrom first day received (Beijing time), included
 * @param receivedTo last day received, included
 * @param idNumber a worker's ID-card number: only the complaints he is a complainant of (audited)
 * @param list page, page size and sort (one of {@link #SORTS})
 */
public record ComplaintFilter(
        ComplaintStatus status,
        ComplaintCategory category,
        String number,
        String employer,
        String party,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        String idNumber,
        ListRequest list) {

    /** The columns the list sorts by: the mapper maps each to its column, nothing else is accepted. */
    public static final java.util.Set<String> SORTS =
            java.util.Set.of("number", "receivedAt", "employer", "status", "category");

    public static final int DEFAULT_SIZE = ListRequest.DEFAULT_SIZE;

    public ComplaintFilter(ComplaintStatus status, ComplaintCategory category, int page, int size) {
        this(status, category, page, size, null);
    }

    public ComplaintFilter(ComplaintStatus status, ComplaintCategory category, int page, int size, String idNumber) {
        this(
                status,
                category,
                null,
                null,
                null,
                null,
                null,
                idNumber,
                new ListRequest(
                        new PageRequest(Math.max(page, 0), size <= 0 || size > 100 ? DEFAULT_SIZE : size), null, true));
    }

    public ComplaintFilter {
        number = clean(number);
        employer = clean(employer);
        party = clean(party);
        idNumber = clean(idNumber);
        list = list == null ? ListRequest.first() : list;
        if (list.sort() != null && !SORTS.contains(list.sort())) {
            throw new IllegalArgumentException("not a sort key of the complaint list: " + list.sort());
        }
    }

    public int page() {
        return list.page().page();
    }

    public int size() {
        return list.size();
    }

    /** The same search, every row up to {@code rows}: what an export reads. */
    public ComplaintFilter all(int rows) {
        return new ComplaintFilter(
                status, category, number, employer, party, receivedFrom, receivedTo, idNumber, list.all(rows));
    }

    /** The criteria in words, for the audit journal of an export. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (number != null) parts.add("编号含“" + number + "”");
        if (employer != null) parts.add("被投诉单位“" + employer + "”");
        if (party != null) parts.add("投诉人“" + cn.laborcase.shared.PersonalData.name(party) + "”");
        if (receivedFrom != null || receivedTo != null) {
            parts.add("收到日期 " + (receivedFrom == null ? "" : receivedFrom) + " 至 "
                    + (receivedTo == null ? "" : receivedTo));
        }
        if (status != null) parts.add("状态“" + status.label() + "”");
        if (category != null) parts.add("事项“" + category.label() + "”");
        if (idNumber != null) parts.add("按身份证号码");
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
