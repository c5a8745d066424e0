package cn.laborcase.shared.web;

import cn.laborcase.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a form as the browser posts them ({@code complainants[0].name}, {@code complainants[1].name}...),
 * checked before they are bound: the pages number rows 0..n-1 and post each field once, so an index that is not a
 * number, is negative, too large, skips a row, or a field posted twice is a tampered or broken request. Binding such
 * names grows the list to the index or fails inside the binder (a 500); here it is a 400 naming the field.
 */
public final class FormRows {

    private FormRows() {}

    /**
     * @param collection the list's name in the form, e.g. {@code complainants}
     * @param maxRows rows the form may post (indexes 0..maxRows-1)
     */
    public static List<FieldProblem> problemsOf(Map<String, String[]> parameters, String collection, int maxRows) {
        Pattern row = Pattern.compile(Pattern.quote(collection) + "\\[([^\\]]*)](.*)");
        List<FieldProblem> problems = new ArrayList<>();
        TreeSet<Integer> indexes = new TreeSet<>();
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            String name = p.getKey();
            if (!name.startsWith("_") && p.getValue() != null && p.getValue().length > 1) {
                problems.add(new FieldProblem(name, "Repeated", "同一栏目提交了多次，请刷新页面后重新填写"));
            }
            if (!name.startsWith(collection + "[")) {
                continue;
            }
            Matcher m = row.matcher(name);
            String index = m.matches() ? m.group(1) : "";
            if (!index.matches("\\d{1,6}")) {
                problems.add(new FieldProblem(collection, "RowIndex", "行号无效，请刷新页面后重新填写"));
            } else if (Integer.parseInt(index) >= maxRows) {
                problems.add(new FieldProblem(collection, "Size", "一次最多填写 " + maxRows + " 行"));
            } else {
                indexes.add(Integer.parseInt(index));
            }
        }
        if (problems.isEmpty() && !indexes.isEmpty()) {
            for (int i = 0; i <= indexes.last(); i++) {
                if (!indexes.contains(i)) {
                    problems.add(new FieldProblem(
                            collection + "[" + i + "]", "RowMissing", "第 " + (i + 1) + " 行缺失（行号不连续），请刷新页面后重新填写"));
                    break;
                }
            }
        }
        return problems.stream().distinct().toList();
    }
}
