package cn.laborcase.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads a list page's search form (or an API's query) as typed, field by field, collecting every wrong value so that
 * one 400 names them all in Chinese instead of the binder failing on the first: choices from a list, dates
 * (2026-01-31), free text (printable, bounded), the page/size/sort of {@link ListRequest} and a {@link DateRange}.
 *
 * <pre>{@code
 * SearchForm form = new SearchForm();
 * ComplaintStatus s = form.choice(ComplaintStatus.class, status, "status", "状态");
 * LocalDate from = form.date(this.from, "from", "收到日期（起）");
 * form.text(employer, "employer", "被投诉单位", 100);
 * ListRequest list = form.list(page, size, sort, dir, ComplaintFilter.SORTS);
 * form.range(from, to, "to", "收到日期");
 * form.check();
 * }</pre>
 */
public final class SearchForm {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A constant of the enum by its name, or null when blank; another value is named "请从列表中选择". */
    public <E extends Enum<E>> E choice(Class<E> type, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.strip()))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(choiceProblem(field, label));
                    return null;
                });
    }

    /** One of these codes (stripped), or null when blank; another value is named "请从列表中选择". */
    public String choice(Collection<String> codes, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!codes.contains(value.strip())) {
            problems.add(choiceProblem(field, label));
            return null;
        }
        return value.strip();
    }

    /** A yes/no choice ({@code yes}, {@code no}), or null when blank. */
    public Boolean yesNo(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                problems.add(choiceProblem(field, label));
                yield null;
            }
        };
    }

    /** An ISO date (2026-01-31), or null when blank. */
    public LocalDate date(String value, String field, String label) {
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

    /** Free text on one line, at most {@code max} characters ({@link PrintableText}). */
    public void text(String value, String field, String label, int max) {
        PrintableText.problemOf(field, value, label, max, false).ifPresent(problems::add);
    }

    /** Adds a problem found by the caller's own rule. */
    public void add(FieldProblem problem) {
        problems.add(problem);
    }

    /** Page, page size and sort ({@link ListRequest#of}); null when one of them is wrong (named). */
    public ListRequest list(String page, String size, String sort, String dir, Set<String> sorts) {
        try {
            return ListRequest.of(page, size, sort, dir, sorts);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * The range from–to ({@link DateRange#of}), checked only when every field so far was right (a wrong date is named
     * once, not again as a wrong range).
     */
    public void range(LocalDate from, LocalDate to, String toField, String label) {
        if (!problems.isEmpty()) {
            return;
        }
        try {
            DateRange.of(from, to, toField, label);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    /** @throws InvalidInputException naming every wrong field found so far */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
    }

    private static FieldProblem choiceProblem(String field, String label) {
        return new FieldProblem(field, "Choice", label + "：请从列表中选择");
    }
}
