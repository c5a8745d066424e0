package cn.laborcase.employer;

import cn.laborcase.shared.ListRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The search of the registry list: every filter optional, blank is no filter.
 *
 * @param q part of the name (tolerant of 有限公司/有限责任公司/股份有限公司 and bracket widths), or a whole 统一社会信用代码
 * @param representative part of the 法定代表人's name
 * @param gridCode one grid
 * @param grade A, B or C
 * @param watchList only those on (true) or off (false) the watch list
 * @param riskLevel one risk level
 */
public record EmployerFilter(
        String q,
        String representative,
        String gridCode,
        Grade grade,
        Boolean watchList,
        RiskLevel riskLevel,
        ListRequest list) {

    /** The columns the list sorts by; the mapper maps each to its columns, nothing else is accepted. */
    public static final Set<String> SORTS = Set.of("name", "creditCode", "grid", "grade", "risk", "employees");

    public EmployerFilter {
        q = clean(q);
        representative = clean(representative);
        gridCode = clean(gridCode);
        list = list == null ? ListRequest.first() : list;
        if (list.sort() != null && !SORTS.contains(list.sort())) {
            throw new IllegalArgumentException("not a sort key of the employer list: " + list.sort());
        }
    }

    public static EmployerFilter all() {
        return new EmployerFilter(null, null, null, null, null, null, null);
    }

    /** The same search, every row up to {@code rows}: what an export reads. */
    public EmployerFilter all(int rows) {
        return new EmployerFilter(q, representative, gridCode, grade, watchList, riskLevel, list.all(rows));
    }

    /** The criteria in words, for the audit journal of an export (grid by name, given by the caller). */
    public String describe(String gridName) {
        List<String> parts = new ArrayList<>();
        if (q != null) parts.add("名称或信用代码“" + q + "”");
        if (representative != null) parts.add("法定代表人“" + representative + "”");
        if (gridCode != null) parts.add("网格“" + gridName + "”");
        if (grade != null) parts.add("等级“" + grade.label() + "”");
        if (watchList != null) parts.add(watchList ? "在重点监控名单" : "不在重点监控名单");
        if (riskLevel != null) parts.add("风险“" + riskLevel.label() + "”");
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
