package cn.laborcase.organization.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 人员, 机构, 网格 for the administrator. */
@Component
class OrganizationMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(
                        MenuGroup.ADMINISTRATION,
                        "人员",
                        "people",
                        "/admin/staff",
                        20,
                        Set.of(Role.ADMIN.name()),
                        "staff"),
                new MenuEntry(
                        MenuGroup.ADMINISTRATION,
                        "机构",
                        "building",
                        "/admin/offices",
                        30,
                        Set.of(Role.ADMIN.name()),
                        "offices"),
                new MenuEntry(
                        MenuGroup.ADMINISTRATION,
                        "网格",
                        "grid-3x3",
                        "/admin/grids",
                        40,
                        Set.of(Role.ADMIN.name()),
                        "grids"));
    }
}
