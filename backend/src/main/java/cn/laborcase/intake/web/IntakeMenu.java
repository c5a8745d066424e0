package cn.laborcase.intake.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 举报投诉 for those who may register and see complaints (security.DataScope#canRegisterComplaints). */
@Component
class IntakeMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(MenuGroup.COMPLAINTS, "举报投诉", "list-ul", "/complaints", 10, INTAKE, "complaints"),
                new MenuEntry(
                        MenuGroup.COMPLAINTS, "登记举报投诉", "plus-square", "/complaints/new", 20, INTAKE, "complaint-new"));
    }

    private static final Set<String> INTAKE = Set.of(
            Role.INTAKE_CLERK.name(), Role.INSPECTOR.name(), Role.SECTION_LEADER.name(), Role.BUREAU_LEADER.name());
}
