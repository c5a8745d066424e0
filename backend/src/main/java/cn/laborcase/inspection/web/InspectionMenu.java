package cn.laborcase.inspection.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 监察执法 › 监察案件 for those whose data scope holds inspection cases, and 新建案件 (a case not from a complaint:
 * patrol finding, referral, leader's instruction; the leader approves 立案) for inspectors and leaders.
 */
@Component
class InspectionMenu implements MenuContributor {

    /** The inspection track's group; the track's other pages (patrols, written review, registry) join it. */
    static final MenuGroup INSPECTION = new MenuGroup("inspection", "监察执法", "shield-check", 30);

    private static final Set<String> SEE = Set.of(
            Role.INSPECTOR.name(),
            Role.GRID_ASSISTANT.name(),
            Role.SECTION_LEADER.name(),
            Role.BUREAU_LEADER.name(),
            Role.INTAKE_CLERK.name(),
            Role.ADMIN.name());

    private static final Set<String> OPEN =
            Set.of(Role.INSPECTOR.name(), Role.SECTION_LEADER.name(), Role.BUREAU_LEADER.name());

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(INSPECTION, "监察案件", "folder2-open", "/inspection-cases", 10, SEE, "inspection-cases"),
                new MenuEntry(
                        INSPECTION, "新建案件", "plus-square", "/inspection-cases/new", 20, OPEN, "inspection-case-new"));
    }
}
