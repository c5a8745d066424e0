package cn.laborcase.hearing.web;

import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 审理室与人员安排 for the administrator. */
@Component
class HearingMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(
                MenuGroup.ADMINISTRATION,
                "审理室与人员安排",
                "door-open",
                "/admin/hearing-rooms",
                65,
                Set.of("ADMIN"),
                "hearing-rooms"));
    }
}
