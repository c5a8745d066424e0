package cn.laborcase.workbench.web;

import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import org.springframework.stereotype.Component;

/** 首页: "/" sends each user to the home of his role (the home module makes it a page of its own). */
@Component
class WorkbenchMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(MenuGroup.WORKBENCH, "首页", "house-door", "/", 10, MenuEntry.EVERY_ROLE, "home"));
    }
}
