package cn.laborcase.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a list page asks for besides its filters: the page, its size (one of {@link #SIZES}) and the sort. The sort key
 * is one of the list's whitelisted keys; the mapper turns a key into a column with a {@code <choose>}, so nothing the
 * user typed ever reaches the SQL text. A key, size or page that is not allowed is refused (400 naming the field), not
 * guessed.
 *
 * @param sort a key of the list's whitelist, or null for the list's default order
 */
public record ListRequest(PageRequest page, String sort, boolean descending) {

    /** The page sizes a list offers (若依's choice). */
    public static final List<Integer> SIZES = List.of(10, 20, 50, 100);

    public static final int DEFAULT_SIZE = 20;

    /**
     * Reads the request parameters of a list.
     *
     * @param allowedSorts the list's sort keys
     * @throws InvalidInputException naming 页码, 每页条数 or 排序
     */
    public static ListRequest of(String page, String size, String sort, String direction, Set<String> allowedSorts) {
        List<FieldProblem> problems = new ArrayList<>();
        int pageNumber = 0;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("page", "Page", "页码：须为数字"));
            }
        }
        int pageSize = DEFAULT_SIZE;
        if (size != null && !size.isBlank()) {
            Integer parsed = null;
            try {
                parsed = Integer.valueOf(size.strip());
            } catch (NumberFormatException e) {
                // named below
            }
            if (parsed == null || !SIZES.contains(parsed)) {
                problems.add(new FieldProblem("size", "PageSize", "每页条数：只能是 10、20、50 或 100"));
            } else {
                pageSize = parsed;
            }
        }
        String key = sort == null || sort.isBlank() ? null : sort.strip();
        if (key != null && !allowedSorts.contains(key)) {
            problems.add(new FieldProblem("sort", "SortKey", "排序：此列表不能按所给的列排序"));
        }
        boolean descending = true;
        if (direction != null && !direction.isBlank()) {
            switch (direction.strip()) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> problems.add(new FieldProblem("dir", "SortDirection", "排序方向：只能是升序或降序"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ListRequest(new PageRequest(pageNumber, pageSize), key, descending);
    }

    /** The first page of the default order, for a list whose request could not be read. */
    public static ListRequest first() {
        return new ListRequest(new PageRequest(0, DEFAULT_SIZE), null, true);
    }

    /** The same search from its first row, {@code rows} long: what an export reads. */
    public ListRequest all(int rows) {
        return new ListRequest(new PageRequest(0, Math.max(1, Math.min(rows, 500_000))), sort, descending);
    }

    public int offset() {
        return page.offset();
    }

    public int size() {
        return page.size();
    }
}
