package cn.laborcase.workbench;

import java.util.List;

/**
 * Implemented by a bean of each module that has pages: the sidebar entries of those pages and the roles that see
 * them. Read once at start ({@link Menus}); no template holds a menu per role.
 */
public interface MenuContributor {

    List<MenuEntry> menuEntries();
}
