package cn.laborcase.workbench;

import java.util.Set;

/**
 * One link of the sidebar, contributed by the module that owns the page.
 *
 * @param group the sidebar group it is listed under
 * @param label the Chinese name shown (also the last breadcrumb)
 * @param icon a Bootstrap Icons name without the {@code bi-} prefix ({@code inbox}, {@code people})
 * @param href the address, starting with {@code /}
 * @param order place inside the group, smaller first
 * @param roles the names of the roles that see it ({@code organization.Role} names such as {@code "ADMIN"}); never
 *     empty: an entry without a role rule is refused at start. Seeing the entry is not the right to the page: the
 *     page checks that itself. {@link #EVERY_ROLE} is the rule "every logged-in member of staff".
 * @param activeKey the key a page passes to {@code fragments/layout :: header(key)} to mark this entry as current
 */
public record MenuEntry(
        MenuGroup group, String label, String icon, String href, int order, Set<String> roles, String activeKey) {

    /** The role rule of an entry every member of staff sees, whatever his roles. */
    public static final Set<String> EVERY_ROLE = Set.of("*");

    static final String ANY = "*";

    public MenuEntry {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    boolean visibleTo(Set<String> userRoles) {
        return roles.contains(ANY) ? !userRoles.isEmpty() : roles.stream().anyMatch(userRoles::contains);
    }
}
