package cn.laborcase.employer.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 用人单位: the registry for grid staff, leaders and administrators; the import and grade decisions for leaders. */
@Component
class EmployerMenu implements MenuContributor {

    static final MenuGroup EMPLOYERS = new MenuGroup("employers", "用人单位", "buildings", 30);

    private static final Set<String> REGISTRY = Set.of(
            Role.INSPECTOR.name(),
            Role.GRID_ASSISTANT.name(),
            Role.SECTION_LEADER.name(),
            Role.BUREAU_LEADER.name(),
            Role.ADMIN.name());
    private static final Set<String> LEADERS =
            Set.of(Role.SECTION_LEADER.name(), Role.BUREAU_LEADER.name(), Role.ADMIN.name());

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(EMPLOYERS, "用人单位名录", "building", "/employers", 10, REGISTRY, "employers"),
                new MenuEntry(EMPLOYERS, "导入名录", "upload", "/employers/import", 20, LEADERS, "employer-import"),
                new MenuEntry(EMPLOYERS, "等级调整确认", "patch-check", "/employers/grades", 30, LEADERS, "employer-grades"));
    }
}
