package cn.laborcase.organization;

/**
 * A page of the staff list; absent fields do not filter.
 *
 * @param text part of the username or the name
 * @param active true: 在岗 only, false: 已停用 only, null: both
 */
public record StaffSearch(Long officeId, Role role, String text, Boolean active, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public StaffSearch {
        text = Text.clean(text);
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 100);
    }
}
