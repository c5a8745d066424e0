package cn.laborcase.patrol.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 监察执法 → 巡视计划 and 书面审查 for the grids' inspectors and assistants, leaders and administrators. */
@Component
class PatrolMenu implements MenuContributor {

    /** The same group as the inspection track's menu (label, icon and order agree). */
    static final MenuGroup INSPECTION = new MenuGroup("inspection", "监察执法", "shield-check", 30);

    private static final Set<String> ROLES = Set.of(
            Role.INSPECTOR.name(),
            Role.GRID_ASSISTANT.name(),
            Role.SECTION_LEADER.name(),
            Role.BUREAU_LEADER.name(),
            Role.ADMIN.name());

    /** 巡视回避: inspectors declare, leaders and administrators decide (grid assistants are never drawn). */
    private static final Set<String> CONFLICT_ROLES =
            Set.of(Role.INSPECTOR.name(), Role.SECTION_LEADER.name(), Role.BUREAU_LEADER.name(), Role.ADMIN.name());

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(INSPECTION, "巡视计划", "shuffle", "/patrol-plans", 40, ROLES, "patrol-plans"),
                new MenuEntry(INSPECTION, "书面审查", "journal-check", "/written-reviews", 50, ROLES, "written-reviews"),
                new MenuEntry(
                        INSPECTION, "巡视回避", "person-x", "/patrol-conflicts", 45, CONFLICT_ROLES, "patrol-conflicts"));
    }
}
