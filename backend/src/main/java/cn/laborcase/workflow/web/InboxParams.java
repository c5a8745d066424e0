package cn.laborcase.workflow.web;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.workflow.InboxQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The inbox's query string ({@code filter}, {@code process}, {@code sort}, {@code page}, {@code size}), bound as
 * strings: the page falls back to defaults for anything it does not understand (an old bookmark), the API names it.
 */
record InboxParams(String filter, String process, String sort, String page, String size) {

    /** Never fails: unknown values fall back to the defaults. */
    InboxQuery lenient() {
        return new InboxQuery(
                parse(InboxQuery.Filter.class, filter),
                process,
                parse(InboxQuery.Sort.class, sort),
                Objects.requireNonNullElse(integer(page, 0), 0),
                Objects.requireNonNullElse(integer(size, InboxQuery.DEFAULT_SIZE), InboxQuery.DEFAULT_SIZE));
    }

    /** For the API: a value it does not understand is a 400 naming the parameter. */
    InboxQuery strict() {
        List<FieldProblem> problems = new ArrayList<>();
        InboxQuery.Filter f = parse(InboxQuery.Filter.class, filter);
        if (isSet(filter) && f == null) {
            problems.add(new FieldProblem("filter", "NotAnOption", "筛选条件只能是 " + names(InboxQuery.Filter.class)));
        }
        InboxQuery.Sort s = parse(InboxQuery.Sort.class, sort);
        if (isSet(sort) && s == null) {
            problems.add(new FieldProblem("sort", "NotAnOption", "排序只能是 " + names(InboxQuery.Sort.class)));
        }
        Integer p = integer(page, 0);
        if (p == null || p < 0) {
            problems.add(new FieldProblem("page", "Min", "页码须为不小于 0 的整数"));
        }
        Integer n = integer(size, InboxQuery.DEFAULT_SIZE);
        if (n == null || n < 1 || n > 100) {
            problems.add(new FieldProblem("size", "Range", "每页条数须为 1 到 100 的整数"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new InboxQuery(f, process, s, p, n);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (!isSet(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(String value, int fallback) {
        if (!isSet(value)) {
            return fallback;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.toString(type.getEnumConstants());
    }
}
