package cn.laborcase.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The menu registry: every {@link MenuContributor}'s entries, checked once at start, and each user's sidebar and
 * breadcrumbs from them. The layout calls it ({@code @menus.sidebar(#authentication, active)}) so that no page and no
 * controller has to.
 *
 * <p>Refused at start (the application does not come up): an entry without a role rule, without a label or address,
 * with an address not starting with {@code /}, with a role name that is not one, two entries under the same active
 * key, and two groups of one label that disagree on icon or order.
 */
@Component("menus")
public class Menus {

    private static final Pattern ROLE_NAME = Pattern.compile("[A-Z][A-Z_]*");
    private static final Pattern ICON = Pattern.compile("[a-z0-9-]+");
    private static final String ROLE_PREFIX = "ROLE_";

    private final List<MenuEntry> entries;

    public Menus(List<MenuContributor> contributors) {
        List<MenuEntry> all = new ArrayList<>();
        Map<String, MenuEntry> byKey = new HashMap<>();
        Map<String, MenuGroup> groups = new HashMap<>();
        for (MenuContributor contributor : contributors) {
            String who = contributor.getClass().getName();
            for (MenuEntry entry : contributor.menuEntries()) {
                check(who, entry);
                MenuEntry twin = byKey.putIfAbsent(entry.activeKey(), entry);
                if (twin != null) {
                    throw refused(who, entry, "its active key is already the key of 「" + twin.label() + "」");
                }
                MenuGroup known = groups.putIfAbsent(entry.group().label(), entry.group());
                if (known != null && !known.equals(entry.group())) {
                    throw refused(who, entry, "group " + entry.group() + " disagrees with " + known);
                }
                all.add(entry);
            }
        }
        all.sort(Comparator.comparingInt((MenuEntry e) -> e.group().order())
                .thenComparing(e -> e.group().key())
                .thenComparingInt(MenuEntry::order));
        this.entries = List.copyOf(all);
    }

    /** Every registered entry, in sidebar order. */
    public List<MenuEntry> entries() {
        return entries;
    }

    /** The groups and entries the roles of this user see, in order; the group of the current page is open. */
    public List<SidebarGroup> sidebar(Authentication authentication, String active) {
        Set<String> roles = rolesOf(authentication);
        Map<MenuGroup, List<SidebarItem>> groups = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            if (entry.visibleTo(roles)) {
                groups.computeIfAbsent(entry.group(), g -> new ArrayList<>())
                        .add(new SidebarItem(entry, entry.activeKey().equals(active)));
            }
        }
        return groups.entrySet().stream()
                .map(g -> new SidebarGroup(g.getKey(), g.getValue()))
                .toList();
    }

    /**
     * The breadcrumbs of the current page: its group, its entry and, for a page below a list (a complaint, a task),
     * the page's own title when the controller puts it in the model as {@code breadcrumb}.
     */
    public List<Crumb> trail(Authentication authentication, String active, String breadcrumb) {
        List<Crumb> trail = new ArrayList<>();
        Set<String> roles = rolesOf(authentication);
        entries.stream()
                .filter(e -> e.activeKey().equals(active) && e.visibleTo(roles))
                .findFirst()
                .ifPresent(e -> {
                    trail.add(new Crumb(e.group().label(), null));
                    trail.add(new Crumb(e.label(), e.href()));
                });
        if (breadcrumb != null && !breadcrumb.isBlank()) {
            trail.add(new Crumb(breadcrumb, null));
        }
        return trail;
    }

    private static Set<String> rolesOf(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void check(String who, MenuEntry entry) {
        if (entry.group() == null) {
            throw refused(who, entry, "it has no group");
        }
        if (entry.label() == null || entry.label().isBlank()) {
            throw refused(who, entry, "it has no label");
        }
        if (entry.href() == null
                || !entry.href().startsWith("/")
                || entry.href().startsWith("//")) {
            throw refused(who, entry, "its address must start with a single /");
        }
        if (entry.activeKey() == null || entry.activeKey().isBlank()) {
            throw refused(who, entry, "it has no active key");
        }
        if (entry.icon() == null || !ICON.matcher(entry.icon()).matches()) {
            throw refused(who, entry, "its icon must be a Bootstrap Icons name such as \"inbox\"");
        }
        if (entry.roles().isEmpty()) {
            throw refused(who, entry, "it has no role rule: name the roles that see it");
        }
        for (String role : entry.roles()) {
            if (role.equals(MenuEntry.ANY) && entry.roles().size() == 1) {
                continue;
            }
            if (!ROLE_NAME.matcher(role).matches() || role.startsWith(ROLE_PREFIX)) {
                throw refused(who, entry, "\"" + role + "\" is not a role name (write ADMIN, not ROLE_ADMIN)");
            }
        }
    }

    private static IllegalStateException refused(String who, MenuEntry entry, String why) {
        return new IllegalStateException("menu entry 「" + entry.label() + "」 of " + who + " refused: " + why);
    }

    /** A sidebar group as one user sees it. */
    public record SidebarGroup(MenuGroup group, List<SidebarItem> items) {

        public boolean containsActive() {
            return items.stream().anyMatch(SidebarItem::active);
        }
    }

    /** A sidebar link, marked when it is the current page's. */
    public record SidebarItem(MenuEntry entry, boolean active) {}

    /** One breadcrumb; the group's has no address. */
    public record Crumb(String label, String href) {}
}
