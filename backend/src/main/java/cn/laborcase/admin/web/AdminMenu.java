package cn.laborcase.admin.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The console's dashboard and the roles page, for the administrator. */
@Component
class AdminMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(
                        MenuGroup.ADMINISTRATION,
                        "系统概况",
                        "speedometer",
                        "/admin",
                        10,
                        Set.of(Role.ADMIN.name()),
                        "admin"),
                new MenuEntry(
                        MenuGroup.ADMINISTRATION,
                        "角色",
                        "person-badge",
                        "/admin/roles",
                        50,
                        Set.of(Role.ADMIN.name()),
                        "roles"));
    }
}
