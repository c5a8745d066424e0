package cn.laborcase.organization;

/**
 * A page of the staff list; absent fields do not filter.
 *
 * @param text part of the username or the name
 * @param active true: 在岗 only, false: 已停用 only, null: both
 */
public record StaffSearch(
        Long officeId, Role role, String text, Boolean active, int page, int size, String sort, boolean descending) {

    public static final int DEFAULT_SIZE = 20;

    /** The columns the staff list sorts by. */
    public static final java.util.Set<String> SORTS = java.util.Set.of("name", "office", "lastLogin");

    public StaffSearch(Long officeId, Role role, String text, Boolean active, int page, int size) {
        this(officeId, role, text, active, page, size, null, true);
    }

    public StaffSearch {
        if (sort != null && !SORTS.contains(sort)) {
            throw new IllegalArgumentException("not a sort key of the staff list: " + sort);
        }
        text = Text.clean(text);
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 100_000);
    }
}
